"""Draws image001.png of mx05 (site visits Sept-Nov 2012 as three bars); run once."""
import struct, zlib
W, H = 240, 120
px = [[(255, 255, 255)] * W for _ in range(H)]
for x in range(20, 230):
    px[105][x] = (0, 0, 0)
for y in range(10, 106):
    px[y][20] = (0, 0, 0)
for i, v in enumerate((2870, 3104, 3344)):
    h = int(v / 3600 * 90)
    for y in range(105 - h, 105):
        for x in range(40 + i * 65, 85 + i * 65):
            px[y][x] = (79, 129, 189)
raw = b"".join(b"\x00" + bytes(c for p in row for c in p) for row in px)
def chunk(t, d):
    return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xffffffff)
png = b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", W, H, 8, 2, 0, 0, 0)) \
    + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b"")
open("mx05_image001.png", "wb").write(png)

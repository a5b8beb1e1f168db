# Small helpers that write flat ODF (.fodt / .fods) sources by hand.
# Used only by build.py; the converted office files are kept next to this file.
from xml.sax.saxutils import escape

NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
      'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
      'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
      'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
      'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" '
      'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
      'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" '
      'xmlns:dc="http://purl.org/dc/elements/1.1/" '
      'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
      'xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0" '
      'xmlns:of="urn:oasis:names:tc:opendocument:xmlns:of:1.2" '
      'office:version="1.2"')


class Raw(str):
    """An XML fragment that must not be escaped again."""


def x(*parts):
    out = []
    for p in parts:
        if isinstance(p, Raw):
            out.append(p)
        elif isinstance(p, (list, tuple)):
            out.append(x(*p))
        else:
            s = escape(str(p))
            s = s.replace('\t', '<text:tab/>').replace('\n', '<text:line-break/>')
            out.append(s)
    return Raw(''.join(out))


# ---------------------------------------------------------------- text documents

def P(*parts, style='Standard'):
    return Raw('<text:p text:style-name="%s">%s</text:p>' % (style, x(*parts)))


def H(text, level=2):
    return Raw('<text:h text:style-name="Heading_20_%d" text:outline-level="%d">%s</text:h>'
               % (level, level, x(text)))


def B(*parts):
    return Raw('<text:span text:style-name="Tb">%s</text:span>' % x(*parts))


_fn = [0]


def FN(text):
    _fn[0] += 1
    n = _fn[0]
    return Raw('<text:note text:id="ftn%d" text:note-class="footnote">'
               '<text:note-citation>%d</text:note-citation><text:note-body>'
               '<text:p text:style-name="Footnote">%s</text:p></text:note-body></text:note>'
               % (n, n, x(text)))


def PAGE():
    return Raw('<text:page-number text:select-page="current">1</text:page-number>')


def PAGES():
    return Raw('<text:page-count>1</text:page-count>')


def TEXTBOX(paras, width='6.5cm', name='Напис 1'):
    inner = ''.join(p if isinstance(p, Raw) else P(p, style='Frame') for p in paras)
    return Raw('<draw:frame draw:style-name="frbox" draw:name="%s" text:anchor-type="paragraph" '
               'svg:width="%s" draw:z-index="0"><draw:text-box fo:min-height="1cm">%s'
               '</draw:text-box></draw:frame>' % (escape(name), width, inner))


def LIST(items, style='LNum', para='Standard'):
    """items: list of str/Raw or (str, [subitems])."""
    out = ['<text:list text:style-name="%s">' % style]
    for it in items:
        if isinstance(it, tuple):
            head, subs = it
            out.append('<text:list-item>%s%s</text:list-item>'
                       % (P(head, style=para), LIST(subs, style=None, para=para)))
        else:
            body = it if (isinstance(it, Raw) and it.startswith('<text:p')) else P(it, style=para)
            out.append('<text:list-item>%s</text:list-item>' % body)
    out.append('</text:list>')
    s = ''.join(out)
    if style is None:
        s = s.replace(' text:style-name="None"', '')
    return Raw(s)


def TABLE(rows, widths, header_rows=1, name='Таблиця1', cell_style='C1', head_style='CH',
          head_para='TH', body_para='TD'):
    """rows: list of lists; a cell is a str/Raw/list of paragraphs, or a dict
    {'t': ..., 'rs': n, 'cs': n, 'p': para style}; 'COVER' marks a covered cell."""
    total = sum(widths)
    out = ['<table:table table:name="%s" table:style-name="Tbl%s">' % (escape(name), name_id(name))]
    for i, w in enumerate(widths):
        out.append('<table:table-column table:style-name="Col%s_%d"/>' % (name_id(name), i))

    def cells(r, head):
        res = []
        for c in r:
            if isinstance(c, str) and c == 'COVER' and not isinstance(c, Raw):
                res.append('<table:covered-table-cell/>')
                continue
            attrs = ''
            para = head_para if head else body_para
            if isinstance(c, dict):
                if c.get('rs'):
                    attrs += ' table:number-rows-spanned="%d"' % c['rs']
                if c.get('cs'):
                    attrs += ' table:number-columns-spanned="%d"' % c['cs']
                para = c.get('p', para)
                c = c['t']
            if isinstance(c, (list, tuple)):
                body = ''.join(p if (isinstance(p, Raw) and p.startswith('<text:'))
                               else P(p, style=para) for p in c)
            else:
                body = P(c, style=para)
            res.append('<table:table-cell table:style-name="%s" office:value-type="string"%s>%s'
                       '</table:table-cell>' % (head_style if head else cell_style, attrs, body))
        return ''.join(res)

    if header_rows:
        out.append('<table:table-header-rows>')
        for r in rows[:header_rows]:
            out.append('<table:table-row>%s</table:table-row>' % cells(r, True))
        out.append('</table:table-header-rows>')
    for r in rows[header_rows:]:
        out.append('<table:table-row>%s</table:table-row>' % cells(r, False))
    out.append('</table:table>')
    TABLE_STYLES.append((name_id(name), widths, total))
    return Raw(''.join(out))


TABLE_STYLES = []


def name_id(name):
    return ''.join('%02x' % b for b in name.encode('utf-8'))[:16]


def SECTION(paras, cols=2, name='Розділ1'):
    return Raw('<text:section text:style-name="Sect%d" text:name="%s">%s</text:section>'
               % (cols, escape(name), ''.join(paras)))


def fodt(body, header=None, footer=None, creator='user', title='', landscape=False,
         font='Times New Roman', size='12pt', margins=('1.5cm', '1.5cm', '2.5cm', '1.5cm')):
    """body: list of Raw paragraphs/tables. header/footer: list of Raw paragraphs."""
    global TABLE_STYLES
    tstyles = []
    for nid, widths, total in TABLE_STYLES:
        tstyles.append('<style:style style:name="Tbl%s" style:family="table"><style:table-properties '
                       'style:width="%.2fcm" table:align="left"/></style:style>' % (nid, total))
        for i, w in enumerate(widths):
            tstyles.append('<style:style style:name="Col%s_%d" style:family="table-column">'
                           '<style:table-column-properties style:column-width="%.2fcm"/></style:style>'
                           % (nid, i, w))
    TABLE_STYLES = []
    _fn[0] = 0
    pw, ph = ('29.7cm', '21cm') if landscape else ('21cm', '29.7cm')
    mt, mb, ml, mr = margins
    hdr = '<style:header>%s</style:header>' % ''.join(header) if header else ''
    ftr = '<style:footer>%s</style:footer>' % ''.join(footer) if footer else ''
    return '''<?xml version="1.0" encoding="UTF-8"?>
<office:document %s office:mimetype="application/vnd.oasis.opendocument.text">
<office:meta><meta:initial-creator>%s</meta:initial-creator><dc:creator>%s</dc:creator><dc:title>%s</dc:title><dc:language>uk-UA</dc:language></office:meta>
<office:font-face-decls>
<style:font-face style:name="Times New Roman" svg:font-family="'Times New Roman'" style:font-family-generic="roman" style:font-pitch="variable"/>
<style:font-face style:name="Arial" svg:font-family="Arial" style:font-family-generic="swiss" style:font-pitch="variable"/>
<style:font-face style:name="Symbol" svg:font-family="Symbol" style:font-charset="x-symbol"/>
</office:font-face-decls>
<office:styles>
<style:default-style style:family="paragraph"><style:paragraph-properties fo:hyphenation-ladder-count="no-limit" style:writing-mode="page"/><style:text-properties style:font-name="%s" fo:font-size="%s" fo:language="uk" fo:country="UA" fo:hyphenate="false"/></style:default-style>
<style:default-style style:family="table-cell"><style:table-cell-properties fo:padding="0.1cm"/></style:default-style>
<style:style style:name="Standard" style:family="paragraph" style:class="text"><style:paragraph-properties fo:text-align="justify" fo:margin-top="0cm" fo:margin-bottom="0.1cm"/></style:style>
<style:style style:name="Indent" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:text-indent="1.25cm"/></style:style>
<style:style style:name="Center" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:text-align="center"/></style:style>
<style:style style:name="Right" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:text-align="end"/></style:style>
<style:style style:name="Title" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:text-align="center" fo:margin-top="0.2cm" fo:margin-bottom="0.3cm"/><style:text-properties fo:font-weight="bold"/></style:style>
<style:style style:name="Heading_20_1" style:display-name="Heading 1" style:family="paragraph" style:parent-style-name="Standard" style:class="text"><style:paragraph-properties fo:text-align="center" fo:margin-top="0.3cm" fo:margin-bottom="0.2cm" fo:keep-with-next="always"/><style:text-properties fo:font-size="14pt" fo:font-weight="bold"/></style:style>
<style:style style:name="Heading_20_2" style:display-name="Heading 2" style:family="paragraph" style:parent-style-name="Standard" style:class="text"><style:paragraph-properties fo:margin-top="0.3cm" fo:margin-bottom="0.1cm" fo:keep-with-next="always"/><style:text-properties fo:font-weight="bold" fo:font-style="italic"/></style:style>
<style:style style:name="Footnote" style:family="paragraph" style:class="extra"><style:paragraph-properties fo:margin-left="0.5cm" fo:text-indent="-0.5cm"/><style:text-properties fo:font-size="10pt"/></style:style>
<style:style style:name="Header" style:family="paragraph" style:class="extra"><style:paragraph-properties fo:text-align="start"><style:tab-stops><style:tab-stop style:position="17cm" style:type="right"/></style:tab-stops></style:paragraph-properties><style:text-properties fo:font-size="10pt"/></style:style>
<style:style style:name="Footer" style:family="paragraph" style:class="extra"><style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-size="10pt"/></style:style>
<style:style style:name="Frame" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:text-align="start"/><style:text-properties fo:font-size="10pt"/></style:style>
<style:style style:name="TH" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:text-align="center" fo:margin-bottom="0cm"/><style:text-properties fo:font-weight="bold" fo:font-size="11pt"/></style:style>
<style:style style:name="TD" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:text-align="start" fo:margin-bottom="0cm"/><style:text-properties fo:font-size="11pt"/></style:style>
<style:style style:name="TDC" style:family="paragraph" style:parent-style-name="TD"><style:paragraph-properties fo:text-align="center"/></style:style>
<style:style style:name="Letterhead" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:text-align="center" fo:margin-bottom="0cm"/><style:text-properties fo:font-weight="bold" fo:font-size="13pt"/></style:style>
<style:style style:name="Left" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:text-align="start"/></style:style>
<style:style style:name="Small" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:text-align="start"/><style:text-properties fo:font-size="10pt"/></style:style>
<style:style style:name="Tb" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>
<text:notes-configuration text:note-class="footnote" style:num-format="1" text:start-value="0" text:footnotes-position="page" text:start-numbering-at="document"/>
<text:list-style style:name="LNum">
<text:list-level-style-number text:level="1" style:num-suffix="." style:num-format="1"><style:list-level-properties text:list-level-position-and-space-mode="label-alignment"><style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="1.25cm" fo:text-indent="-0.75cm" fo:margin-left="1.25cm"/></style:list-level-properties></text:list-level-style-number>
<text:list-level-style-number text:level="2" style:num-suffix="." style:num-format="1" text:display-levels="2"><style:list-level-properties text:list-level-position-and-space-mode="label-alignment"><style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="2.25cm" fo:text-indent="-1cm" fo:margin-left="2.25cm"/></style:list-level-properties></text:list-level-style-number>
</text:list-style>
<text:list-style style:name="LDash">
<text:list-level-style-bullet text:level="1" text:bullet-char="–"><style:list-level-properties text:list-level-position-and-space-mode="label-alignment"><style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="1.25cm" fo:text-indent="-0.5cm" fo:margin-left="1.25cm"/></style:list-level-properties></text:list-level-style-bullet>
</text:list-style>
<text:list-style style:name="LBul">
<text:list-level-style-bullet text:level="1" text:bullet-char="•"><style:list-level-properties text:list-level-position-and-space-mode="label-alignment"><style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="1.25cm" fo:text-indent="-0.5cm" fo:margin-left="1.25cm"/></style:list-level-properties></text:list-level-style-bullet>
</text:list-style>
</office:styles>
<office:automatic-styles>
<style:style style:name="C1" style:family="table-cell"><style:table-cell-properties fo:border="0.5pt solid #000000" fo:padding="0.1cm" style:vertical-align="top"/></style:style>
<style:style style:name="CH" style:family="table-cell"><style:table-cell-properties fo:border="0.5pt solid #000000" fo:padding="0.1cm" style:vertical-align="middle" fo:background-color="#e6e6e6"/></style:style>
<style:style style:name="Sect2" style:family="section"><style:section-properties text:dont-balance-text-columns="false"><style:columns fo:column-count="2" fo:column-gap="0.8cm"/></style:section-properties></style:style>
<style:style style:name="frbox" style:family="graphic"><style:graphic-properties style:wrap="parallel" style:number-wrapped-paragraphs="no-limit" style:vertical-pos="top" style:vertical-rel="paragraph" style:horizontal-pos="right" style:horizontal-rel="paragraph" fo:border="0.5pt solid #000000" fo:padding="0.2cm" fo:margin-left="0.3cm" fo:background-color="#f2f2f2"/></style:style>
%s
<style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="%s" fo:page-height="%s" style:print-orientation="%s" fo:margin-top="%s" fo:margin-bottom="%s" fo:margin-left="%s" fo:margin-right="%s"/><style:header-style><style:header-footer-properties fo:min-height="0cm" fo:margin-bottom="0.4cm"/></style:header-style><style:footer-style><style:header-footer-properties fo:min-height="0cm" fo:margin-top="0.4cm"/></style:footer-style></style:page-layout>
</office:automatic-styles>
<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="pm1">%s%s</style:master-page></office:master-styles>
<office:body><office:text>
%s
</office:text></office:body></office:document>
''' % (NS, escape(creator), escape(creator), escape(title), font, size, '\n'.join(tstyles),
       pw, ph, 'landscape' if landscape else 'portrait', mt, mb, ml, mr, hdr, ftr,
       '\n'.join(body))


# ---------------------------------------------------------------- spreadsheets

CELL_STYLES = '''
<style:style style:name="ceTitle" style:family="table-cell"><style:table-cell-properties fo:wrap-option="wrap" style:vertical-align="middle"/><style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-weight="bold" fo:font-size="12pt"/></style:style>
<style:style style:name="ceRight" style:family="table-cell"><style:paragraph-properties fo:text-align="end"/><style:text-properties fo:font-style="italic"/></style:style>
<style:style style:name="ceHdr" style:family="table-cell"><style:table-cell-properties fo:wrap-option="wrap" style:vertical-align="middle" fo:border="0.5pt solid #000000" fo:background-color="#d9d9d9"/><style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-weight="bold"/></style:style>
<style:style style:name="ceW" style:family="table-cell"><style:table-cell-properties fo:wrap-option="wrap" style:vertical-align="top" fo:border="0.5pt solid #000000"/></style:style>
<style:style style:name="ceC" style:family="table-cell"><style:table-cell-properties fo:wrap-option="wrap" style:vertical-align="top" fo:border="0.5pt solid #000000"/><style:paragraph-properties fo:text-align="center"/></style:style>
<style:style style:name="ceB" style:family="table-cell"><style:table-cell-properties fo:wrap-option="wrap" style:vertical-align="top" fo:border="0.5pt solid #000000"/><style:text-properties fo:font-weight="bold"/></style:style>
<style:style style:name="cePlain" style:family="table-cell"><style:table-cell-properties fo:wrap-option="wrap" style:vertical-align="top"/></style:style>
'''


def _cell(c, default):
    if c is None:
        return '<table:table-cell/>'
    if isinstance(c, str) and c == 'COVER':
        return '<table:covered-table-cell/>'
    if not isinstance(c, dict):
        c = {'t': c}
    st = c.get('s', default)
    attrs = ' table:style-name="%s"' % st if st else ''
    if c.get('cs'):
        attrs += ' table:number-columns-spanned="%d"' % c['cs']
    if c.get('rs'):
        attrs += ' table:number-rows-spanned="%d"' % c['rs']
    t = c.get('t', '')
    note = ''
    if c.get('note'):
        author, date, text = c['note']
        note = ('<office:annotation><dc:creator>%s</dc:creator><dc:date>%s</dc:date>%s</office:annotation>'
                % (escape(author), date, ''.join('<text:p>%s</text:p>' % escape(l) for l in text.split('\n'))))
    if 'f' in c:
        v = c['v']
        return ('<table:table-cell%s table:formula="%s" office:value-type="float" office:value="%s">%s<text:p>%s</text:p></table:table-cell>'
                % (attrs, escape(c['f'], {'"': '&quot;'}), v, note, v))
    if isinstance(t, (int, float)) or (isinstance(t, str) and t.isdigit() and not c.get('str')):
        return ('<table:table-cell%s office:value-type="float" office:value="%s">%s<text:p>%s</text:p></table:table-cell>'
                % (attrs, t, note, t))
    if t == '':
        return '<table:table-cell%s>%s</table:table-cell>' % (attrs, note)
    paras = ''.join('<text:p>%s</text:p>' % escape(l) for l in str(t).split('\n'))
    return '<table:table-cell%s office:value-type="string">%s%s</table:table-cell>' % (attrs, note, paras)


def fods(sheets, creator='user'):
    """sheets: list of dict(name, cols=[cm], rows=[row], hidden=False).
    row: list of cells, or dict(c=[cells], hidden=bool, s=default cell style)."""
    auto = [CELL_STYLES,
            '<style:style style:name="taV" style:family="table" style:master-page-name="PageStyle"><style:table-properties table:display="true"/></style:style>',
            '<style:style style:name="taH" style:family="table" style:master-page-name="PageStyle"><style:table-properties table:display="false"/></style:style>',
            '<style:style style:name="roA" style:family="table-row"><style:table-row-properties style:use-optimal-row-height="true"/></style:style>',
            '<style:page-layout style:name="pmS"><style:page-layout-properties style:print-orientation="landscape" fo:page-width="29.7cm" fo:page-height="21cm" fo:margin-top="1cm" fo:margin-bottom="1cm" fo:margin-left="1.5cm" fo:margin-right="1cm"/><style:header-style/><style:footer-style/></style:page-layout>']
    body = []
    k = 0
    for sh in sheets:
        cols = ''
        for w in sh.get('cols', []):
            k += 1
            auto.append('<style:style style:name="co%d" style:family="table-column"><style:table-column-properties style:column-width="%.2fcm"/></style:style>' % (k, w))
            cols += '<table:table-column table:style-name="co%d" table:default-cell-style-name="Default"/>' % k
        rows = []
        for r in sh['rows']:
            if isinstance(r, dict):
                cells, hidden, dst = r['c'], r.get('hidden'), r.get('s', 'ceW')
            else:
                cells, hidden, dst = r, False, 'ceW'
            vis = ' table:visibility="collapse"' if hidden else ''
            rows.append('<table:table-row table:style-name="roA"%s>%s</table:table-row>'
                        % (vis, ''.join(_cell(c, dst) for c in cells)))
        body.append('<table:table table:name="%s" table:style-name="%s">%s%s</table:table>'
                    % (escape(sh['name']), 'taH' if sh.get('hidden') else 'taV', cols, ''.join(rows)))
    return '''<?xml version="1.0" encoding="UTF-8"?>
<office:document %s office:mimetype="application/vnd.oasis.opendocument.spreadsheet">
<office:meta><meta:initial-creator>%s</meta:initial-creator><dc:creator>%s</dc:creator></office:meta>
<office:font-face-decls><style:font-face style:name="Arial Cyr" svg:font-family="'Arial Cyr'" style:font-family-generic="swiss"/></office:font-face-decls>
<office:styles><style:default-style style:family="table-cell"><style:text-properties style:font-name="Arial Cyr" fo:font-size="10pt" fo:language="uk" fo:country="UA"/></style:default-style><style:style style:name="Default" style:family="table-cell"/></office:styles>
<office:automatic-styles>%s</office:automatic-styles>
<office:master-styles><style:master-page style:name="PageStyle" style:page-layout-name="pmS"><style:header style:display="false"/><style:footer style:display="false"/></style:master-page></office:master-styles>
<office:body><office:spreadsheet>%s</office:spreadsheet></office:body></office:document>
''' % (NS, escape(creator), escape(creator), '\n'.join(auto), '\n'.join(body))

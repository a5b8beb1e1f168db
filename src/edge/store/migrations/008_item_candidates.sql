-- An unplaced item's closest measures, as suggestions for review: "6:0.41 7:0.3".
ALTER TABLE item ADD COLUMN candidates TEXT NOT NULL DEFAULT '';

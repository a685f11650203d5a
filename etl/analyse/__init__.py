"""Stage 2 — analyse: one article analysed once (`doc.analyse`): tokens and POS tags, sentences and
paragraphs with offsets, dates, places, organisations, the primary province and the union flag. Extractors
read the `Doc`; nothing here knows about tables."""

"""PDF output, drawn with reportlab from the form grid, and the fonts it embeds."""

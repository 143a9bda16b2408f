"""Excel output (.xlsx), written as SpreadsheetML from the form grid."""

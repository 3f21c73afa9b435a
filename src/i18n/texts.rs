//! The widget's fixed texts in Danish and English.

// Shared by the native conformance suite and the browser tests.
/// Figur 9 (udspil 2024): member count of each council, as printed.
const FIGUR_9_MEMBERS: [(&str, u32); 17] = [
    ("vendsyssel", 9),
    ("limfjorden", 16),
    ("kronjylland", 10),
    ("horsens", 10),
    ("aarhus", 6),
    ("vestjylland", 14),
    ("midt", 9),
    ("fyn", 20),
    ("trekantsomraadet", 11),
    ("sydvestjylland", 12),
    ("soenderjylland", 9),
    ("hovedstaden", 9),
    ("hovedstaden-syd-og-vest", 19),
    ("hovedstaden-nord", 19),
    ("nordsjaelland", 17),
    ("oestsjaelland-og-oeerne", 20),
    ("midt-og-vestsjaelland", 19),
];

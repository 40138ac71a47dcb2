//! org_words: the capitalised words that make a run of names an organisation's, read by the
//! name runs (`names.rs`), the entity stage (`entities.rs`) and attribution alike, so it sits below
//! all three.

/// Words that name a business ("Acme Corp.", "Delta Air Lines"): organisation words too.
pub(crate) const COMPANY_WORDS: &[&str] = &[
    "Inc.",
    "Inc",
    "Corp.",
    "Corp",
    "Co.",
    "Ltd.",
    "Ltd",
    "LLC",
    "LLP",
    "PLC",
    "GmbH",
    "Holdings",
    "Company",
    "Corporation",
    "Airlines",
    "Airways",
    "Motors",
];

/// Whether a capitalised word makes a run an organisation's name.
pub(crate) fn org_word(w: &str) -> bool {
    GENERIC_ORG_WORDS.contains(&w)
        || MORE_ORG_WORDS.contains(&w)
        || COMPANY_WORDS.contains(&w)
        || PLURAL_ORG_WORDS.contains(&w)
}

/// Whether a capitalised word names a kind of institution ("Department", "Guild", "Hospital"), not
/// one organisation by its brand ("Bloomberg", "Google").
pub(crate) fn institution_word(w: &str) -> bool {
    GENERIC_ORG_WORDS.contains(&w) || PLURAL_ORG_WORDS.contains(&w)
}

/// Plurals that name a body of several ("the Local Coordination Committees of Syria"); not
/// "Banks" or "Groups", which are surnames and bands as often.
const PLURAL_ORG_WORDS: &[&str] = &[
    "Centers",
    "Committees",
    "Councils",
    "Agencies",
    "Ministries",
    "Commissions",
    "Associations",
    "Federations",
    "Organizations",
    "Organisations",
    "Institutes",
    "Foundations",
];

/// Organisation words besides the generic ones: bodies and outlets known by one name ("FBI",
/// "Reuters", "Google") and institution words that may stand alone ("School", "Academy").
const MORE_ORG_WORDS: &[&str] = &[
    "Congress",
    "Senate",
    "House",
    "Reuters",
    "Army",
    "Navy",
    "FBI",
    "CIA",
    "DOJ",
    "NBC",
    "CNN",
    "Fox",
    "AP",
    "BBC",
    "NASA",
    "NATO",
    "Google",
    "Facebook",
    "Twitter",
    "Apple",
    "Microsoft",
    "Amazon",
    "Bloomberg",
    "Nature",
    "Science",
    "Brotherhood",
    "Movement",
    "Chronicle",
    "Tribune",
    "Herald",
    "Gazette",
    "Magazine",
    "School",
    "Schools",
    "College",
    "Academy",
    "Archive",
    "Guard",
    "Force",
    "Program",
    "Programme",
    "Project",
    "Daily",
    "Media",
    "Entertainment",
    "Press",
    "Exchange",
    "Channel",
    "Radio",
    "Disney",
    "ABC",
    "CBS",
    "ESPN",
    "HBO",
    "Netflix",
    "MSNBC",
    "PBS",
    "NPR",
    "Comcast",
];

/// One-word organisations that are never a fragment of a longer name ("the
/// House", not the White House).
pub(crate) const STANDALONE_ORGS: &[&str] =
    &["House", "Senate", "Congress", "Army", "Navy", "Pentagon", "Kremlin", "Parliament"];

/// Organisation words that name no organisation on their own: "Department",
/// "Post" and "Justice" are fragments of longer names.
pub(crate) const GENERIC_ORG_WORDS: &[&str] = &[
    "Department",
    "Committee",
    "Party",
    "Agency",
    "University",
    "Foundation",
    "Post",
    "Times",
    "News",
    "Court",
    "Council",
    "Bureau",
    "Justice",
    "Association",
    "Institute",
    "Commission",
    "Administration",
    "Company",
    "Group",
    "Bank",
    "Service",
    "Services",
    "Network",
    "Journal",
    "Convention",
    "Police",
    "Office",
    "Board",
    "Center",
    "Centre",
    "Church",
    "Ministry",
    "Embassy",
    "Consulate",
    "Guild",
    "Union",
    "League",
    "Club",
    "Federation",
    "Organization",
    // Units and courts named with an ordinal ("US 7th Fleet", "32nd Brigade", "63rd Precinct", "9th Circuit").
    "Fleet",
    "Brigade",
    "Precinct",
    "Circuit",
    // British spellings ("Comprehensive Test Ban Treaty Organisation", "World Food Programme").
    "Organisation",
    "Programme",
    "Nations",
    "Laboratory",
    "Forces",
    "Coalition",
    "Today",
    "Airlines",
    "Motors",
    "Society",
    "Division",
    "Technology",
    "Technologies",
    "Systems",
    "Airways",
    "Partners",
    "Capital",
    "Fund",
    "Trust",
    "Authority",
    "Parliament",
    "Assembly",
    "Alliance",
    "Caucus",
    "Museum",
    // ("The Britain-based Syrian Observatory for Human Rights … said": no name at all.)
    "Observatory",
    // Armed groups known by one name ("Al Qaeda and its allies": no person named Qaeda).
    "Qaeda",
    "Qaida",
    "Taliban",
    "Hezbollah",
    "Hamas",
    "Hospital",
    // ("The Cleveland Clinic … told The Associated Press": a hospital, not a person.)
    "Clinic",
    "Infirmary",
    "Library",
    "Studios",
    "Records",
    "Pictures",
    "Insider",
    "Graph",
];

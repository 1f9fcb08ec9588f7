//! The kinds of entity, their names in the dictionary and their labels in machine output.

use serde::{Deserialize, Serialize};

/// What an entity is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Kind {
    /// A person.
    Person,
    /// An organisation: government body, company, agency, outlet.
    Org,
    /// A place: country, city, region.
    Place,
    /// An event: a summit, a war, a conference.
    Event,
    /// A group: nationality, religious or political group, armed faction.
    Group,
    /// Anything else worth naming.
    Misc,
}

impl Kind {
    /// Every kind, in display order.
    pub const ALL: [Kind; 6] = [
        Kind::Person,
        Kind::Org,
        Kind::Place,
        Kind::Event,
        Kind::Group,
        Kind::Misc,
    ];

    /// The label in machine output (DESIGN 1.4): `PERSON`, `ORG`, ...
    pub fn label(self) -> &'static str {
        match self {
            Kind::Person => "PERSON",
            Kind::Org => "ORG",
            Kind::Place => "PLACE",
            Kind::Event => "EVENT",
            Kind::Group => "GROUP",
            Kind::Misc => "MISC",
        }
    }

    /// The name in the dictionary file: `person`, `org`, ...
    pub fn name(self) -> &'static str {
        match self {
            Kind::Person => "person",
            Kind::Org => "org",
            Kind::Place => "place",
            Kind::Event => "event",
            Kind::Group => "group",
            Kind::Misc => "misc",
        }
    }

    /// The kind called `name` in a dictionary file (exactly as [`Kind::name`] spells it).
    pub fn from_name(name: &str) -> Option<Kind> {
        Kind::ALL.into_iter().find(|k| k.name() == name)
    }
}

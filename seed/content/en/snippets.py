"""English for the snippets in ../snippets.py, keyed by their "key"."""

# The note every service under the Social Services Act carries (see ../snippets.py).
SOCIAL_SERVICES_ACT = (
    "Articles 12 and 15 of the Social Services Act. This description dates from before the National "
    "Map of Social Services, adopted in August 2024 (Council of Ministers Decision No. 574, State "
    "Gazette No. 68/2024)."
)

OPERATORS = {
    "sos-bulgaria": {
        "name": "SOS Children's Villages Bulgaria",
    },
    "badeshte-za-detsata": {
        "name": "Association “Future for Children with Disabilities” (СНЦ „Бъдеще за децата с увреждания“)",
        "partner_note": "in partnership with the Association “Samaritans” (Сдружение „Самаряни“)",
    },
    "obshtina-razlog": {
        "name": "Razlog Municipality",
    },
}

SERVICES = {
    "informirane-konsultirane-obuchenie": {
        "name": "Information, counselling and training to exercise social rights and develop skills",
        "description": (
            "A conversation with a specialist: what rights you and your child have, how to claim "
            "them, and how to build the skills your family needs. You contact the centre directly, "
            "with no referral and no contract. The service lasts up to two months."
        ),
        "legal_basis": SOCIAL_SERVICES_ACT,
    },
    "mobilna-obshtnostna-rabota": {
        "name": "Mobile preventive community work",
        "description": (
            "The specialists leave the centre and work where children and families live, to prevent "
            "difficulties before they become big ones. No referral is needed. General-access "
            "services can be used for up to two months."
        ),
        "legal_basis": SOCIAL_SERVICES_ACT,
    },
    "logopedichna-podkrepa": {
        "name": "Speech therapy support",
        "description": "Consultations and work with a speech therapist when a child has difficulties with speech.",
    },
    "pedagogicheska-podkrepa": {
        "name": "Educational and learning support",
        "description": "Support for the child with learning and at school, including during the holidays.",
    },
    "yuridicheska-konsultatsia": {
        "name": "Legal advice",
        "description": "Advice from a lawyer on matters that affect the child and the family.",
    },
    "zdravna-pomosht": {
        "name": "Help with health care",
        "description": "Support and practical help when the child or the family needs health care.",
    },
    "informirane-konsultirane": {
        "name": "Information and counselling",
        "description": (
            "Information and advice from a specialist as part of the centre's specialised support. "
            "Available with a referral or a prior needs assessment from the Social Assistance "
            "Directorate, and after a contract with the centre."
        ),
        "legal_basis": SOCIAL_SERVICES_ACT,
    },
    "psihologicheska-terapia": {
        "name": "Psychological therapy",
        "description": (
            "Therapy with a psychologist from the centre's team. Available with a referral or a "
            "prior needs assessment from the Social Assistance Directorate, and after a contract "
            "with the centre."
        ),
        "legal_basis": SOCIAL_SERVICES_ACT,
    },
    "obuchenie-za-umenia": {
        "name": "Skills training",
        "description": (
            "Training for children at risk, parents, prospective adopters and young people up to 25 "
            "who have left residential care for children. Available with a referral or a prior "
            "needs assessment from the Social Assistance Directorate, and after a contract with the "
            "centre."
        ),
        "legal_basis": SOCIAL_SERVICES_ACT,
    },
    "zastapnichestvo-posrednichestvo": {
        "name": "Advocacy and mediation",
        "description": (
            "A specialist from the centre helps you stand up for the rights and interests of your "
            "child and your family, and mediates when you need to reach an understanding with "
            "someone else. Available with a referral or a prior needs assessment from the Social "
            "Assistance Directorate, and after a contract with the centre."
        ),
        "legal_basis": SOCIAL_SERVICES_ACT,
    },
}

TARGET_GROUPS = {
    "semeystva-v-kriza": {
        "name": "Families in crisis",
        "description": (
            "Families where a child is at risk of being left to grow up in an institution, or "
            "families that have fallen into crisis for any reason."
        ),
    },
    "detsa-nasilie": {
        "name": "Children who have experienced violence or neglect, and their families",
        "description": (
            "Children in the community who have experienced physical or emotional violence, or whose "
            "parents do not care for them."
        ),
    },
    "detsa-otpadane-uchilishte": {
        "name": "Children at risk of dropping out of school or who have already dropped out, and their families",
    },
    "detsa-povedenie": {
        "name": "Children with behavioural difficulties and their families",
    },
    "detsa-v-institutsii": {
        "name": "Children and young people placed in specialised institutions",
    },
    "priemni-semeystva": {
        "name": "Prospective foster carers and foster families",
        "description": "People applying to become foster families, and approved foster families with children placed with them.",
    },
    "osinoviteli": {
        "name": "Prospective adopters and adoptive parents",
        "description": "Prospective adopters, and adoptive families in the time after the adoption.",
    },
    "vsyako-semeystvo": {
        "name": "Any family looking for advice on raising children",
        "description": (
            "Families in the community looking for advice and support in raising and bringing up "
            "their children."
        ),
    },
    "detsa-govor": {
        "name": "Children with speech difficulties",
    },
    "spetsialni-potrebnosti": {
        "name": "Children and young people with special needs",
    },
}

TEAM_ROLES = {
    "sotsialen-rabotnik": {"name": "social worker"},
    "psiholog": {"name": "psychologist"},
    "logoped": {"name": "speech therapist"},
    "pedagog": {"name": "pedagogue"},
    "sotsialen-pedagog": {"name": "social pedagogue"},
    "semeen-konsultant": {"name": "family counsellor"},
    "semeen-mediator": {"name": "family mediator"},
    "sotsialen-satrudnik": {"name": "social assistant"},
    "trudoterapevt": {"name": "occupational therapist"},
    "yurist": {"name": "lawyer"},
}

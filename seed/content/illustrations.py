"""Original illustrations drawn for this project by draw_illustrations.py (no photographs of children, by design)."""

ILLUSTRATIONS = [
    {
        "key": "family-house",
        "file": "family-house.png",
        "title": "Къща със сърце",
        "description": "Рисунка на къща с топло осветен прозорец, сърце над покрива и пътека към вратата.",
    },
    {
        "key": "helping-hands",
        "file": "helping-hands.png",
        "title": "Ръце, които подкрепят",
        "description": "Рисунка на две ръце в синьо-зелено и оранжево, които заедно държат голямо червено сърце.",
    },
    {
        "key": "path-together",
        "file": "path-together.png",
        "title": "Заедно по пътя",
        "description": "Рисунка на четири фигури с различен ръст, хванати за ръце, които вървят по криволичеща пътека през зелени хълмове към слънцето.",
    },
    {
        "key": "rhythm-cards",
        "file": "rhythm-cards.png",
        "title": "Ритъм карти „Дъга“",
        "description": "Рисунка на ветрило от седем карти в цветовете на дъгата с бели точки за ритъм и музикална нота, около които летят ноти.",
    },
    {
        "key": "community",
        "file": "community.png",
        "title": "Общност около нас",
        "description": "Рисунка на цветни къщички и училище с камбанария и знаме, подредени около кръгъл площад с дървета и храсти.",
    },
]

"""The site's real content, as data: `manage.py load_content` builds the site from it.

Every fact comes from the source texts (shared/seeds, sorted in shared/content-brief.md).
Where the sources are silent a field is left out, never guessed.

The modules and what they hold:
- snippets.py: OPERATORS, SERVICES, TARGET_GROUPS, TEAM_ROLES — lists of dicts, each
  with a "key" (a stable Latin identifier the other modules refer to) and the model's fields.
- programs.py: PROGRAM_INDEX (dict) and PROGRAMS (list of dicts).
- centers.py: CENTER_INDEX (dict) and CENTERS (list of dicts). Relations are lists of keys:
  "operator", "team_roles", "services", "target_groups", "programs"; "reach" is a list of
  ("municipality", municipality) or (how, settlement, its municipality) with how in "town",
  "mobile", "office", named as in the settlement register (centers/data/settlements.csv).
  OTHER_CENTRES: (municipality, source) for ЦОП outside the network that a source names.
- news.py: NEWS_INDEX (dict), NEWS_TOPICS (list of dicts with "key", "name", "slug") and NEWS
  (list of dicts): "date" (datetime.date, published here), "event_year"/"event_month" (when it
  happened, if the source says), "topics" (topic keys), "centers" (center keys), "image" (an
  illustration key or absent).
- pages.py: HOME (dict), STANDARD_PAGES (list of dicts, each with a "key"),
  ACCESSIBILITY_STATEMENT (dict; "prepared_on"/"reviewed_on" are datetime.date).
- illustrations.py: ILLUSTRATIONS — {"key", "file" (in illustrations/), "title", "description"}.

Bodies ("body") are lists of (block type, value) pairs of core.blocks.BodyBlock:
  ("heading", "text"), ("paragraph", "<p>html</p>"), ("notice", {"title": ..., "text": "<p>..</p>"}),
  ("quote", {"text": ..., "attribution": ...}), ("image", {"illustration": key, "alt": ...}).
  Standard pages may also hold ("finder", {"title": ...}): the centre finder and every centre's
  "write" link (home.blocks.StandardBodyBlock).
Figures ("figures", "reach_figures") are lists of {"value", "label", "as_of"}.
Every page dict has "title" and "slug" (Latin, by the official transliteration; core/slugs.py),
and may have "seo_title" and "search_description".
"""

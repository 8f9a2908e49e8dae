"""A centre as schema.org describes an organisation: what CenterPage.structured_data gives the
head of its page (core/seo.py adds the breadcrumbs)."""

from core import seo


def postal_address(center):
    address = {
        "@type": "PostalAddress",
        "addressLocality": center.town,
        "addressRegion": center.get_region_display(),
        "addressCountry": "BG",
    }
    if center.street_address:
        address["streetAddress"] = center.street_address
    return address


def organization_type(operator):
    return "GovernmentOrganization" if operator.is_public_body else "NGO"


def center_data(request, center):
    """A centre as the organisation it is, located at a place with an address and, once the
    coordinates mark the building rather than the town, a map point."""
    home = seo.site_home(request)
    place = {"@type": "Place", "name": center.title, "address": postal_address(center)}
    has_point = center.latitude is not None and center.longitude is not None
    if has_point and not center.location_is_approximate:
        place["geo"] = {
            "@type": "GeoCoordinates",
            "latitude": float(center.latitude),
            "longitude": float(center.longitude),
        }
    data = {
        "@type": "NGO",
        "name": center.title,
        "description": seo.plain_text(center.summary),
        "url": seo.page_url(request, center),
        "address": postal_address(center),
        "location": place,
        "parentOrganization": {"@id": seo.organization_id(request, home)} if home else None,
        "telephone": center.phone,
        "email": center.email,
    }
    operator = center.local_operator
    if operator is not None and not operator.is_sos:
        # Another organisation runs the centre: name it, so the centre is not taken for the
        # network's own; a municipal centre is a public body's, not an NGO's.
        data["@type"] = organization_type(operator)
        data["parentOrganization"] = {
            "@type": organization_type(operator),
            "name": operator.name,
            "url": operator.website,
        }
    return data

"""The QR poster: codes that carry the museum's survey link, and a printable page.

No QR decoder is installed, so the tests read the modules back out of the PNG pixels and the SVG
path and compare them with a code built here from the expected address.
"""

from __future__ import annotations

import re
import struct
import zlib
from xml.etree import ElementTree

import pytest
import segno

from survey.portal.poster import QR_BORDER, QR_ERROR_LEVEL, QR_PNG_SCALE

SVG_NS = "{http://www.w3.org/2000/svg}"


def expected_modules(url: str) -> list[list[bool]]:
    code = segno.make_qr(url, error=QR_ERROR_LEVEL)
    return [[bool(module) for module in row] for row in code.matrix]


def png_modules(data: bytes, scale: int, border: int) -> list[list[bool]]:
    """Dark modules of a 1-bit greyscale PNG such as segno writes."""
    assert data.startswith(b"\x89PNG\r\n\x1a\n")
    position, idat, header = 8, b"", None
    while position < len(data):
        (length,) = struct.unpack(">I", data[position : position + 4])
        kind = data[position + 4 : position + 8]
        body = data[position + 8 : position + 8 + length]
        if kind == b"IHDR":
            header = struct.unpack(">IIBBBBB", body)
        elif kind == b"IDAT":
            idat += body
        position += 12 + length
    width, height, bit_depth, colour_type = header[:4]
    assert (bit_depth, colour_type) == (1, 0)
    raw = zlib.decompress(idat)
    stride = (width + 7) // 8 + 1
    rows, previous = [], bytes(stride - 1)
    for i in range(height):
        filter_type, line = raw[i * stride], bytearray(raw[i * stride + 1 : (i + 1) * stride])
        for j in range(len(line)):
            left = line[j - 1] if j else 0
            up, up_left = previous[j], previous[j - 1] if j else 0
            if filter_type == 1:
                line[j] = (line[j] + left) & 0xFF
            elif filter_type == 2:
                line[j] = (line[j] + up) & 0xFF
            elif filter_type == 3:
                line[j] = (line[j] + (left + up) // 2) & 0xFF
            elif filter_type == 4:
                estimate = left + up - up_left
                nearest = min(
                    (abs(estimate - left), 0, left),
                    (abs(estimate - up), 1, up),
                    (abs(estimate - up_left), 2, up_left),
                )[2]
                line[j] = (line[j] + nearest) & 0xFF
        rows.append(bytes(line))
        previous = rows[-1]

    def dark(x: int, y: int) -> bool:
        byte = rows[y][x // 8]
        return not (byte >> (7 - x % 8)) & 1

    size = width // scale - 2 * border
    return [
        [dark((c + border) * scale, (r + border) * scale) for c in range(size)] for r in range(size)
    ]


def svg_modules(data: bytes, border: int) -> list[list[bool]]:
    """Dark modules of segno's SVG: one path of horizontal strokes (M/m moves, h runs)."""
    root = ElementTree.fromstring(data)
    path = root.find(f"{SVG_NS}path")
    x = y = 0.0
    dark_cells = set()
    for command, numbers in re.findall(r"([MmHh])([-\d. ]+)", path.get("d")):
        values = [float(n) for n in numbers.split()]
        if command == "M":
            x, y = values
        elif command == "m":
            x, y = x + values[0], y + values[1]
        else:
            for i in range(int(values[0])):
                dark_cells.add((int(y), int(x) + i))
            x += values[0]
    scale = float(re.search(r"scale\(([\d.]+)\)", path.get("transform", "scale(1)")).group(1))
    size = int(float(root.get("width")) / scale) - 2 * border
    return [[(r + border, c + border) in dark_cells for c in range(size)] for r in range(size)]


@pytest.fixture
def museum_and_users(create_museum, create_user):
    museum = create_museum(slug="rijks-test", name="Het Testmuseum", languages=["nl", "fr", "en"])
    other = create_museum(slug="other-museum", name="Other Museum", languages=["en"])
    return {
        "museum": museum,
        "viewer": create_user("viewer", museum, locale="fr"),
        "editor": create_user("editor", museum),
        "other_editor": create_user("editor", other),
        "staff": create_user("staff"),
    }


@pytest.fixture
def public_base(app, monkeypatch):
    monkeypatch.setitem(app.config, "PUBLIC_BASE_URL", "https://survey.example.org/")
    return "https://survey.example.org"


def test_png_qr_code_carries_the_museum_survey_link(client, sign_in, museum_and_users, public_base):
    sign_in(museum_and_users["viewer"])
    response = client.get("/portal/qr.png")
    assert response.status_code == 200
    assert response.mimetype == "image/png"
    modules = png_modules(response.data, QR_PNG_SCALE, QR_BORDER)
    assert modules == expected_modules("https://survey.example.org/s/rijks-test")
    assert modules != expected_modules("https://survey.example.org/s/other-museum")


def test_svg_qr_code_carries_the_museum_survey_link(client, sign_in, museum_and_users, public_base):
    sign_in(museum_and_users["editor"])
    response = client.get("/portal/qr.svg")
    assert response.status_code == 200
    assert response.mimetype == "image/svg+xml"
    modules = svg_modules(response.data, QR_BORDER)
    assert modules == expected_modules("https://survey.example.org/s/rijks-test")


@pytest.mark.parametrize("kind", ["png", "svg"])
def test_kiosk_variant_carries_the_kiosk_link(client, sign_in, museum_and_users, public_base, kind):
    sign_in(museum_and_users["editor"])
    response = client.get(f"/portal/qr.{kind}?kiosk=1")
    assert response.status_code == 200
    if kind == "png":
        modules = png_modules(response.data, QR_PNG_SCALE, QR_BORDER)
    else:
        modules = svg_modules(response.data, QR_BORDER)
    assert modules == expected_modules("https://survey.example.org/s/rijks-test?kiosk=1")


def test_codes_are_offered_as_downloads_with_telling_names(client, sign_in, museum_and_users):
    sign_in(museum_and_users["viewer"])
    shown = client.get("/portal/qr.svg")
    assert not shown.headers.get("Content-Disposition", "").startswith("attachment")
    png = client.get("/portal/qr.png?download=1")
    assert png.headers["Content-Disposition"] == "attachment; filename=sentomus-rijks-test-qr.png"
    svg = client.get("/portal/qr.svg?kiosk=1&download=1")
    assert (
        svg.headers["Content-Disposition"]
        == "attachment; filename=sentomus-rijks-test-kiosk-qr.svg"
    )


def test_each_museum_user_gets_the_code_of_their_own_museum(
    client, sign_in, museum_and_users, public_base
):
    sign_in(museum_and_users["other_editor"])
    modules = png_modules(client.get("/portal/qr.png").data, QR_PNG_SCALE, QR_BORDER)
    assert modules == expected_modules("https://survey.example.org/s/other-museum")


def test_poster_invites_in_every_museum_language_with_code_and_links(
    client, sign_in, museum_and_users, public_base
):
    sign_in(museum_and_users["viewer"])
    response = client.get("/portal/poster")
    assert response.status_code == 200
    html = response.get_data(as_text=True)
    assert "Het Testmuseum" in html
    assert '<div class="poster-invitation primary" lang="nl">' in html
    assert "Vertel ons over uw bezoek" in html
    assert "Parlez-nous de votre visite" in html
    assert "Tell us about your visit" in html
    assert html.index("Vertel ons") < html.index("Parlez-nous") < html.index("Tell us")
    assert 'src="/portal/qr.svg"' in html
    assert '<p class="poster-link">survey.example.org/s/rijks-test</p>' in html
    assert "https://survey.example.org/s/rijks-test?kiosk=1" in html
    assert "/portal/qr.png?kiosk=1&amp;download=1" in html
    # The museum's languages were borrowed for the poster only: the page stays in the user's.
    assert '<html lang="fr">' in html


def test_poster_page_has_no_inline_script_or_style(client, sign_in, museum_and_users):
    sign_in(museum_and_users["editor"])
    response = client.get("/portal/poster")
    html = response.get_data(as_text=True)
    assert "script-src 'self'" in response.headers["Content-Security-Policy"]
    assert "<script" not in html
    assert "<style" not in html
    assert " style=" not in html
    assert re.search(r'href="/static/poster\.[0-9a-f]{12}\.css"', html)  # fingerprinted


def test_poster_stylesheet_prints_one_a4_page(client):
    response = client.get("/static/poster.css")
    css = response.get_data(as_text=True)
    response.close()
    assert response.status_code == 200
    assert "@page { size: A4" in css
    assert "@media print" in css


def test_portal_navigation_links_to_the_poster(client, sign_in, museum_and_users):
    sign_in(museum_and_users["viewer"])
    assert 'href="/portal/poster"' in client.get("/portal/").get_data(as_text=True)


@pytest.mark.parametrize("url", ["/portal/poster", "/portal/qr.png", "/portal/qr.svg?kiosk=1"])
def test_staff_are_sent_to_their_own_area_and_strangers_to_sign_in(
    client, sign_in, museum_and_users, url
):
    anonymous = client.get(url)
    assert anonymous.status_code == 302
    assert anonymous.headers["Location"].startswith("/account/login")
    sign_in(museum_and_users["staff"])
    staff = client.get(url)
    assert staff.status_code == 302
    assert staff.headers["Location"] == "/staff/"

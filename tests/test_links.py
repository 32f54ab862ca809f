"""Every absolute link comes from PUBLIC_BASE_URL, never from the host a request arrived on."""

from __future__ import annotations

import io

import pytest
from PIL import Image

from survey import create_app
from survey.links import PublicBaseUrlError, public_url
from survey.respond.links import survey_link

zxingcpp = pytest.importorskip("zxingcpp")


@pytest.mark.parametrize("base", ["survey.example.org", "ftp://survey.example.org", "https://"])
def test_a_public_base_url_that_is_not_an_http_address_is_refused(base):
    with pytest.raises(PublicBaseUrlError):
        create_app({"TESTING": True, "PUBLIC_BASE_URL": base})


def test_links_keep_the_path_prefix_of_the_public_base_url(app, monkeypatch):
    monkeypatch.setitem(app.config, "PUBLIC_BASE_URL", "https://museum.example.org/sentomus/")
    with app.test_request_context("/", base_url="http://127.0.0.1:5000"):
        assert survey_link("demo") == "https://museum.example.org/sentomus/s/demo"
        assert (
            survey_link("demo", kiosk=True) == "https://museum.example.org/sentomus/s/demo?kiosk=1"
        )
        assert public_url("accounts.login") == "https://museum.example.org/sentomus/account/login"


def test_seed_output_prints_links_under_the_public_base_url(app, runner, monkeypatch):
    monkeypatch.setitem(app.config, "PUBLIC_BASE_URL", "https://survey.example.org")
    result = runner.invoke(args=["seed-demo", "--responses", "0"])
    assert result.exit_code == 0, result.output
    assert "Survey URL:  https://survey.example.org/s/demo\n" in result.output
    assert "Kiosk mode:  https://survey.example.org/s/demo?kiosk=1\n" in result.output
    assert "127.0.0.1" not in result.output


@pytest.mark.parametrize("kiosk", [False, True])
def test_the_printed_qr_code_decodes_to_the_served_survey_address(
    app, client, create_museum, create_user, sign_in, monkeypatch, kiosk
):
    # The request arrives on http://localhost: the code must follow the setting, not the request.
    monkeypatch.setitem(app.config, "PUBLIC_BASE_URL", "https://survey.example.org")
    museum = create_museum(slug="stedelijk-test")
    sign_in(create_user(role="viewer", museum=museum))
    png = client.get("/portal/qr.png" + ("?kiosk=1" if kiosk else ""))
    assert png.status_code == 200
    decoded = zxingcpp.read_barcodes(Image.open(io.BytesIO(png.data)))
    assert [code.format for code in decoded] == [zxingcpp.BarcodeFormat.QRCode]
    url = decoded[0].text
    assert url == "https://survey.example.org/s/stedelijk-test" + ("?kiosk=1" if kiosk else "")
    # The same address is printed on the poster page, and the server serves the survey there.
    assert url in client.get("/portal/poster").get_data(as_text=True)
    served = client.get(url.removeprefix("https://survey.example.org"))
    html = served.get_data(as_text=True)
    assert served.status_code == 200
    assert 'action="/s/stedelijk-test/start' in html
    assert ('<body class="kiosk">' in html) is kiosk

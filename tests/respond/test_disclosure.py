from survey.respond.disclosure import STORED_COLUMN_DESCRIPTIONS, schema_columns


def test_intro_describes_exactly_the_stored_columns():
    assert set(STORED_COLUMN_DESCRIPTIONS) == schema_columns()


def test_intro_page_lists_what_is_stored_and_what_never_is(client, create_museum):
    museum = create_museum()
    html = client.get(f"/s/{museum.slug}?lang=en").get_data(as_text=True)
    assert "the date you sent your answers (not the time)" in html
    assert "your IP address" in html
    assert "cookies: this survey sets none" in html

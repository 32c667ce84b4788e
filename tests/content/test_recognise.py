import pytest

from bot.content.recognise import recogniser_for


@pytest.mark.parametrize(
    ("text", "council"),
    [
        ("I live in Weymouth", "dorset"),
        ("we're near blandford forum", "dorset"),
        ("Loughborough", "leicestershire"),
        ("in leicestershire", "leicestershire"),
        ("my council is Gloucestershire County Council", "gloucestershire"),
        ("Stroud", "gloucestershire"),
    ],
)
def test_councils_from_towns(store, text, council):
    assert recogniser_for(store).find(text).councils == (council,)


@pytest.mark.parametrize(
    ("text", "area"),
    [
        ("I'm in Poole", "bcp"),
        ("Bournemouth", "bcp"),
        ("we live in Leicester", "leicester_city"),
        ("Oakham, Rutland", "rutland"),
        ("south gloucestershire", "south_gloucestershire"),
        ("Yate", "south_gloucestershire"),
    ],
)
def test_neighbouring_areas_are_told_apart(store, text, area):
    found = recogniser_for(store).find(text)
    assert found.neighbours == (area,)
    assert found.councils == ()


def test_needs_and_stages(store):
    found = recogniser_for(store).find("complaints phone number after the review conference")
    assert found.needs == ("complaints",)
    assert found.stages == ("review",)


def test_nothing_found_in_plain_text(store):
    found = recogniser_for(store).find("how long does it take")
    assert (found.councils, found.neighbours, found.needs, found.stages) == ((), (), (), ())

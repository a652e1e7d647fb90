import events


def test_queued():
    assert events.queued("t").kind == "queued"

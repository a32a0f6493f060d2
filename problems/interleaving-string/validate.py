import re


def validate(input):
    for name, top in (("s1", 300), ("s2", 300), ("s3", 600)):
        s = input[name]
        assert isinstance(s, str), f"{name} is not a string"
        assert len(s) <= top, f"len({name}) = {len(s)} is over {top}"
        assert re.fullmatch(r"[a-z]*", s), f"{name} holds something other than lowercase letters"

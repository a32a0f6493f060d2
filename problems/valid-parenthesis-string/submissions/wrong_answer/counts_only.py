# Bug: compares only how many brackets of each kind there are, as if the stars could fill any
# gap, and ignores the order: ")(" passes.
def check_valid_string(s):
    opens, closes, stars = s.count("("), s.count(")"), s.count("*")
    return opens <= closes + stars and closes <= opens + stars

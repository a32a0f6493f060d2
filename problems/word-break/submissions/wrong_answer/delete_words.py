# Bug: deletes every occurrence of every word until nothing changes, and says yes when the text
# is gone. Deleting a word can join two halves of another ("aabb" with "ab"), and the order of
# deletions can also remove the wrong piece ("cars" with "car", "ca", "rs").
def word_break(s, word_dict):
    changed = True
    while s and changed:
        changed = False
        for w in word_dict:
            if w in s:
                s = s.replace(w, "")
                changed = True
    return s == ""

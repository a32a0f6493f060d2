# class: O(n)
# problem: replace-words
# note: the roots in a set; each word tries its prefixes up to the longest root (6 letters here) shortest first
def replace_words(dictionary, sentence):
    roots = set(dictionary)
    longest = max(map(len, dictionary))
    out = []
    for w in sentence.split(" "):
        for i in range(1, min(len(w), longest) + 1):
            if w[:i] in roots:
                w = w[:i]
                break
        out.append(w)
    return " ".join(out)

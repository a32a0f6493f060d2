# class: O(n^2)
# problem: replace-words
# note: every word checks every root with startswith and keeps the shortest match
def replace_words(dictionary, sentence):
    out = []
    for w in sentence.split(" "):
        best = w
        for root in dictionary:
            if len(root) < len(best) and w.startswith(root):
                best = root
        out.append(best)
    return " ".join(out)

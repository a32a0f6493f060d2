def replace_words(dictionary, sentence):
    out = []
    for word in sentence.split():
        matches = [root for root in dictionary if word.startswith(root)]
        out.append(min(matches, key=len) if matches else word)
    return " ".join(out)

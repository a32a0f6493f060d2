def replace_words(dictionary, sentence):
    out = []
    for word in sentence.split():
        for root in dictionary:
            if word.startswith(root):
                word = root
                break
        out.append(word)
    return " ".join(out)

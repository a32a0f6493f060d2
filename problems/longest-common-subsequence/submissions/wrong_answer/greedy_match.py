def longest_common_subsequence(text1, text2):
    j = count = 0
    for ch in text1:
        k = text2.find(ch, j)
        if k >= 0:
            count += 1
            j = k + 1
    return count

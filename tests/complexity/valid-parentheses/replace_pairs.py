# class: O(n^2)
# problem: valid-parentheses
# note: C-speed quadratic: deletes adjacent pairs with str.replace until nothing changes; the generator nests about n/5 deep, and a pass removes at most three levels, so Θ(n) passes over Θ(n) characters
def is_valid(s):
    while True:
        shorter = s.replace("()", "").replace("[]", "").replace("{}", "")
        if shorter == s:
            return s == ""
        s = shorter

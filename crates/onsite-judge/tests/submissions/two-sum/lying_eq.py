# expect: wrong_answer
# An object that claims to equal everything: the judge never calls __eq__.
class Liar(list):
    def __eq__(self, other):
        return True
    def __ne__(self, other):
        return False

def two_sum(nums, target):
    return Liar()

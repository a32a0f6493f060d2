# expect: blocked
# message: network access is not allowed
# Tries to fetch the answer over HTTP; urllib wraps the refused socket in its own error, and
# the judge still names the cause.
import urllib.request

def two_sum(nums, target):
    return urllib.request.urlopen("http://192.0.2.1/two-sum", timeout=2).read()

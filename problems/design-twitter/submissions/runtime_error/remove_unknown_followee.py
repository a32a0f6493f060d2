# Bug: unfollow uses set.remove, which raises KeyError when the followee was not followed.
from collections import defaultdict


class Twitter:
    def __init__(self):
        self.clock = 0
        self.tweets = defaultdict(list)
        self.following = defaultdict(set)

    def post_tweet(self, user_id, tweet_id):
        self.clock += 1
        self.tweets[user_id].append((self.clock, tweet_id))

    def get_news_feed(self, user_id):
        pool = []
        for u in self.following[user_id] | {user_id}:
            pool.extend(self.tweets[u][-10:])
        pool.sort(reverse=True)
        return [tweet for _, tweet in pool[:10]]

    def follow(self, follower_id, followee_id):
        self.following[follower_id].add(followee_id)

    def unfollow(self, follower_id, followee_id):
        self.following[follower_id].remove(followee_id)

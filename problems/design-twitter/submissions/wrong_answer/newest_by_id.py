# Bug: takes the largest tweet ids as the newest, but ids are not given in posting order.
from collections import defaultdict


class Twitter:
    def __init__(self):
        self.tweets = defaultdict(list)
        self.following = defaultdict(set)

    def post_tweet(self, user_id, tweet_id):
        self.tweets[user_id].append(tweet_id)

    def get_news_feed(self, user_id):
        pool = []
        for u in self.following[user_id] | {user_id}:
            pool.extend(self.tweets[u])
        return sorted(pool, reverse=True)[:10]

    def follow(self, follower_id, followee_id):
        self.following[follower_id].add(followee_id)

    def unfollow(self, follower_id, followee_id):
        self.following[follower_id].discard(followee_id)

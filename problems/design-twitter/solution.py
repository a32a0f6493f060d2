import heapq
from collections import defaultdict


class Twitter:
    # Each user's tweets in posting order, stamped with a global clock. A feed merges the
    # newest ends of the lists of the user and everyone they follow with a heap, stopping at 10.
    def __init__(self):
        self.clock = 0
        self.tweets = defaultdict(list)
        self.following = defaultdict(set)

    def post_tweet(self, user_id, tweet_id):
        self.clock += 1
        self.tweets[user_id].append((self.clock, tweet_id))

    def get_news_feed(self, user_id):
        heap = []
        for u in self.following[user_id] | {user_id}:
            mine = self.tweets.get(u)
            if mine:
                heap.append((-mine[-1][0], u, len(mine) - 1))
        heapq.heapify(heap)
        feed = []
        while heap and len(feed) < 10:
            _, u, i = heapq.heappop(heap)
            feed.append(self.tweets[u][i][1])
            if i > 0:
                heapq.heappush(heap, (-self.tweets[u][i - 1][0], u, i - 1))
        return feed

    def follow(self, follower_id, followee_id):
        self.following[follower_id].add(followee_id)

    def unfollow(self, follower_id, followee_id):
        self.following[follower_id].discard(followee_id)

from collections import defaultdict


class Twitter:
    # Push model: every user keeps their own feed, the 10 newest tweets they should see. A post
    # is pushed to the author's followers; follow and unfollow rebuild the follower's feed
    # from the 10 newest tweets of each user they now follow. A feed is then a plain read.
    def __init__(self):
        self.clock = 0
        self.tweets = defaultdict(list)
        self.following = defaultdict(set)
        self.followers = defaultdict(set)
        self.feeds = defaultdict(list)

    def _push(self, user, stamped):
        feed = self.feeds[user]
        feed.append(stamped)
        feed.sort(reverse=True)
        del feed[10:]

    def _rebuild(self, user):
        pool = []
        for u in self.following[user] | {user}:
            pool.extend(self.tweets[u][-10:])
        pool.sort(reverse=True)
        self.feeds[user] = pool[:10]

    def post_tweet(self, user_id, tweet_id):
        self.clock += 1
        stamped = (self.clock, tweet_id)
        self.tweets[user_id].append(stamped)
        for reader in self.followers[user_id] | {user_id}:
            self._push(reader, stamped)

    def get_news_feed(self, user_id):
        return [tweet for _, tweet in self.feeds[user_id]]

    def follow(self, follower_id, followee_id):
        if followee_id not in self.following[follower_id]:
            self.following[follower_id].add(followee_id)
            self.followers[followee_id].add(follower_id)
            self._rebuild(follower_id)

    def unfollow(self, follower_id, followee_id):
        if followee_id in self.following[follower_id]:
            self.following[follower_id].discard(followee_id)
            self.followers[followee_id].discard(follower_id)
            self._rebuild(follower_id)

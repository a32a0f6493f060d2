class Twitter:
    # Every tweet in one list in posting order; a feed gathers all tweets of the user and their
    # followees, sorts them newest first and keeps 10: O(T) per feed for T tweets posted (the
    # gathered list is already in order, so the sort is linear).
    def __init__(self):
        self.all = []
        self.following = {}

    def post_tweet(self, user_id, tweet_id):
        self.all.append((user_id, tweet_id))

    def get_news_feed(self, user_id):
        wanted = self.following.get(user_id, set()) | {user_id}
        mine = [(when, tweet) for when, (user, tweet) in enumerate(self.all) if user in wanted]
        mine.sort(reverse=True)
        return [tweet for _, tweet in mine[:10]]

    def follow(self, follower_id, followee_id):
        self.following.setdefault(follower_id, set()).add(followee_id)

    def unfollow(self, follower_id, followee_id):
        self.following.get(follower_id, set()).discard(followee_id)

# class: O(n^2)
# problem: number-of-connected-components
# note: quick-find: every merging edge relabels the whole label list; about 0.55n of the 0.6n random edges merge
def count_components(n, edges):
    label = list(range(n))
    for a, b in edges:
        la, lb = label[a], label[b]
        if la != lb:
            label = [la if x == lb else x for x in label]
    return len(set(label))

"""42897: takes the better of the even-numbered and the odd-numbered houses, as if alternating were always best."""


def solution(money):
    evens = money[0:len(money) - len(money) % 2:2]  # drop the last even house when n is odd: it neighbours house 0
    return max(sum(evens), sum(money[1::2]))

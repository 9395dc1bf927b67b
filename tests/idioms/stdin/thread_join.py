"""The big-stack template with join(), and a recursive sum deep inside the thread."""
import sys
import threading


def total(numbers, i):
    return 0 if i == len(numbers) else numbers[i] + total(numbers, i + 1)


def main():
    n = int(sys.stdin.readline())
    print(total(list(map(int, sys.stdin.readline().split())), 0))


threading.stack_size(256 * 1024 * 1024)
sys.setrecursionlimit(10**6)
thread = threading.Thread(target=main)
thread.start()
thread.join()

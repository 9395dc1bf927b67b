"""The big-stack template without join(): CPython waits for the thread before exiting."""
import sys
import threading


def main():
    n = int(sys.stdin.readline())
    print(sum(map(int, sys.stdin.readline().split())))


threading.stack_size(64 * 1024 * 1024)
sys.setrecursionlimit(10**6)
threading.Thread(target=main).start()

"""The "fastest input" template: the whole of fd 0 into a BytesIO, read line by line."""
import io
import os

input = io.BytesIO(os.read(0, os.fstat(0).st_size)).readline
n = int(input())
print(sum(map(int, input().split())))

nums = [3, 1, 2]
nums.sort(key=lambda n: -n)

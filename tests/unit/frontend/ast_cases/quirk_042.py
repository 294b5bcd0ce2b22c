x = [
1,
  async,
    3]

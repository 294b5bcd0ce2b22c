print([] - {})

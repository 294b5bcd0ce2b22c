super()

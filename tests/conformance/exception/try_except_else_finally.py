# The order in which try, except, else and finally run.
def attempt(divisor):
    try:
        result = 10 / divisor
    except ZeroDivisionError:
        print("  except")
        return "failed"
    else:
        print("  else")
        return result
    finally:
        print("  finally")


print(attempt(2))
print(attempt(0))

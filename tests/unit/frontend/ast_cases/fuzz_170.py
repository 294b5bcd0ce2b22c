
 yield
@dec
async x
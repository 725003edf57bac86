def build_ping(target):
    return "ping -c 1 " + target


def algorithm_name(family, size):
    return family + size

# os: creating, listing, renaming, stat-ing and removing files and directories.
import os

D = "/tmp/mote_os_files_test"


def clean(d):
    if os.path.isdir(d):
        for name in os.listdir(d):
            p = d + "/" + name
            clean(p) if os.path.isdir(p) else os.remove(p)
        os.rmdir(d)


def make(path, data):
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
    print("wrote", os.write(fd, data))
    os.close(fd)


clean(D)
os.mkdir(D)
print(os.listdir(D))
make(D + "/a.txt", b"hello")
make(D + "/b.bin", b"\x00" * 300)
os.mkdir(D + "/sub")
make(D + "/sub/c", b"")
print(sorted(os.listdir(D)), os.listdir(D + "/sub"))
st = os.stat(D + "/a.txt")
print(len(st), st[6], st.st_size, st.st_mode & 0o170000 == 0o100000, st.st_mode & 0o777)
print(os.stat(D + "/sub").st_mode & 0o170000 == 0o040000, os.stat(D + "/b.bin")[6])
print(type(st.st_mtime).__name__, type(st[8]).__name__, st[8] == int(st.st_mtime))
print(st.st_size == tuple(st)[6], st[-4], st[:1] == (st.st_mode,))
fd = os.open(D + "/a.txt", os.O_RDONLY)
print(os.read(fd, 3), os.read(fd, 10), os.read(fd, 10))
os.close(fd)
os.rename(D + "/a.txt", D + "/sub/moved.txt")
print(sorted(os.listdir(D)), sorted(os.listdir(D + "/sub")))
os.chdir(D)
print(sorted(os.listdir()), sorted(os.listdir(".")), sorted(os.listdir(None)))
print(os.getcwd() == D, os.path.exists("sub/moved.txt"), os.path.isfile("b.bin"))
os.unlink("b.bin")
os.remove("sub/moved.txt")
os.remove("sub/c")
os.rmdir("sub")
print(os.listdir(D))
os.chdir("/tmp")
os.rmdir(D)
print(os.path.exists(D), os.path.isdir(D))

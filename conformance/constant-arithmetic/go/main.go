package main

import (
	"crypto/md5"
	"crypto/sha256"
	"crypto/sha512"
	"hash"
	"log"
	"net/http"
	"os/exec"
	"strconv"
)

// newHash returns the hash registered under a JCA-style algorithm name, the
// way the service's configuration spells them.
func newHash(algorithm string) hash.Hash {
	switch algorithm {
	case "MD5":
		return md5.New()
	case "SHA-256":
		return sha256.New()
	case "SHA-512":
		return sha512.New()
	}
	panic("unsupported hash algorithm: " + algorithm)
}

func ping(w http.ResponseWriter, r *http.Request) {
	count := r.URL.Query().Get("count")
	packets := 2 * 2
	// plumb-ok: command-injection
	exec.Command("sh", "-c", "ping -c "+strconv.Itoa(packets+1)+" localhost").Run()
	// plumb-expect: command-injection
	exec.Command("sh", "-c", "ping -c "+strconv.Itoa(packets)+count+" localhost").Run()

	legacy := "MD" + strconv.Itoa(2+3)
	// plumb-expect: weak-hash
	newHash(legacy).Sum(nil)
	strong := "SHA-" + strconv.Itoa(128*2)
	// plumb-ok: weak-hash
	newHash(strong).Sum(nil)
	w.Write([]byte("ok"))
}

func main() {
	http.HandleFunc("/ping", ping)
	log.Fatal(http.ListenAndServe(":8080", nil))
}

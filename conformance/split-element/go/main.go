package main

import (
	"crypto/md5"
	"crypto/sha256"
	"crypto/sha512"
	"hash"
	"log"
	"net/http"
	"os/exec"
	"strings"
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
	hosts := r.URL.Query().Get("hosts")
	first := strings.Split(hosts, ",")[0]
	// plumb-expect: command-injection
	exec.Command("sh", "-c", "ping -c 1 "+first).Run()
	fixed := strings.Split("localhost,127.0.0.1", ",")[1]
	// plumb-ok: command-injection
	exec.Command("sh", "-c", "ping -c 1 "+fixed).Run()

	names := strings.Split("MD5,SHA-256", ",")
	// plumb-expect: weak-hash
	newHash(names[0]).Sum(nil)
	// plumb-ok: weak-hash
	newHash(names[1]).Sum(nil)
	w.Write([]byte("ok"))
}

func main() {
	http.HandleFunc("/ping", ping)
	log.Fatal(http.ListenAndServe(":8080", nil))
}

package main

import (
	"crypto/md5"
	"crypto/sha256"
	"crypto/sha512"
	"hash"
	"log"
	"net/http"
	"os/exec"
)

type Targets struct {
	Fallback  string
	Requested string
}

type Algorithms struct {
	Legacy  string
	Current string
}

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
	host := r.URL.Query().Get("host")
	targets := Targets{Fallback: "localhost", Requested: host}
	// plumb-ok: command-injection
	exec.Command("sh", "-c", "ping -c 1 "+targets.Fallback).Run()
	// plumb-expect: command-injection
	exec.Command("sh", "-c", "ping -c 1 "+targets.Requested).Run()

	algorithms := Algorithms{Legacy: "MD5", Current: "SHA-256"}
	// plumb-expect: weak-hash
	newHash(algorithms.Legacy).Sum(nil)
	// plumb-ok: weak-hash
	newHash(algorithms.Current).Sum(nil)
	w.Write([]byte("ok"))
}

func main() {
	http.HandleFunc("/ping", ping)
	log.Fatal(http.ListenAndServe(":8080", nil))
}

// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package bindings

import (
	"bytes"
	"errors"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// Reference imports to suppress errors if they are not otherwise used.
var (
	_ = bytes.Equal
	_ = errors.New
	_ = big.NewInt
	_ = common.Big1
	_ = types.BloomLookup
	_ = abi.ConvertType
)

// AccountView is an auto generated low-level Go binding around an user-defined struct.
type AccountView struct {
	Balance *big.Int
	Frozen  *big.Int
}

// AppOrder is an auto generated low-level Go binding around an user-defined struct.
type AppOrder struct {
	App                common.Address
	Appprice           *big.Int
	Volume             *big.Int
	Tag                [32]byte
	Datasetrestrict    common.Address
	Workerpoolrestrict common.Address
	Requesterrestrict  common.Address
	Salt               [32]byte
	Sign               []byte
}

// AppView is an auto generated low-level Go binding around an user-defined struct.
type AppView struct {
	Owner    common.Address
	Kind     uint8
	Checksum [32]byte
	MetaHash [32]byte
}

// BatchBitsView is an auto generated low-level Go binding around an user-defined struct.
type BatchBitsView struct {
	Done    *big.Int
	Claimed *big.Int
}

// BondView is an auto generated low-level Go binding around an user-defined struct.
type BondView struct {
	Bonded      *big.Int
	Unbonding   *big.Int
	ReleaseTime *big.Int
}

// CategoryView is an auto generated low-level Go binding around an user-defined struct.
type CategoryView struct {
	Name        string
	Description string
	TimeRef     *big.Int
}

// ContributionView is an auto generated low-level Go binding around an user-defined struct.
type ContributionView struct {
	Status *big.Int
	Weight *big.Int
	Epoch  *big.Int
	Seal   [20]byte
}

// DatasetOrder is an auto generated low-level Go binding around an user-defined struct.
type DatasetOrder struct {
	Dataset            common.Address
	Datasetprice       *big.Int
	Volume             *big.Int
	Tag                [32]byte
	Apprestrict        common.Address
	Workerpoolrestrict common.Address
	Requesterrestrict  common.Address
	Salt               [32]byte
	Sign               []byte
}

// DatasetView is an auto generated low-level Go binding around an user-defined struct.
type DatasetView struct {
	Owner    common.Address
	Checksum [32]byte
	MetaHash [32]byte
}

// DealView is an auto generated low-level Go binding around an user-defined struct.
type DealView struct {
	Requester            common.Address
	Volume               *big.Int
	Trust                *big.Int
	StartTime            *big.Int
	Category             *big.Int
	TimeRef              *big.Int
	AppOwner             common.Address
	AppPrice             *big.Int
	DatasetOwner         common.Address
	DatasetPrice         *big.Int
	Scheduler            common.Address
	WorkerpoolPrice      *big.Int
	WorkerStakeRatio     *big.Int
	SchedulerRewardRatio *big.Int
	SchedulerStake       *big.Int
	WorkerStake          *big.Int
	Callback             common.Address
	Batched              bool
	Workerpool           common.Address
}

// RequestOrder is an auto generated low-level Go binding around an user-defined struct.
type RequestOrder struct {
	App                common.Address
	Appmaxprice        *big.Int
	Dataset            common.Address
	Datasetmaxprice    *big.Int
	Workerpool         common.Address
	Workerpoolmaxprice *big.Int
	Requester          common.Address
	Volume             *big.Int
	Tag                [32]byte
	Category           *big.Int
	Trust              *big.Int
	Beneficiary        common.Address
	Callback           common.Address
	Params             string
	Salt               [32]byte
	Sign               []byte
}

// SignedContribution is an auto generated low-level Go binding around an user-defined struct.
type SignedContribution struct {
	Worker     *big.Int
	ResultHash [32]byte
	ResultSeal [32]byte
	R          [32]byte
	Vs         [32]byte
}

// SignedVote is an auto generated low-level Go binding around an user-defined struct.
type SignedVote struct {
	Worker *big.Int
	R      [32]byte
	Vs     [32]byte
}

// TaskSettlement is an auto generated low-level Go binding around an user-defined struct.
type TaskSettlement struct {
	Dealid          [32]byte
	Idx             *big.Int
	Digest          [32]byte
	Results         []byte
	ResultsCallback []byte
	Votes           []SignedVote
	Others          []SignedContribution
}

// TaskView is an auto generated low-level Go binding around an user-defined struct.
type TaskView struct {
	Status               *big.Int
	Dealid               [32]byte
	Idx                  *big.Int
	ContributionDeadline *big.Int
	RevealDeadline       *big.Int
	FinalDeadline        *big.Int
	ConsensusValue       [32]byte
	ResultDigest         [32]byte
	ContributorCount     *big.Int
	WinnerCount          *big.Int
	RevealCount          *big.Int
	Total                *big.Int
	Epoch                *big.Int
	Contributors         []common.Address
}

// WorkerpoolOrder is an auto generated low-level Go binding around an user-defined struct.
type WorkerpoolOrder struct {
	Workerpool        common.Address
	Workerpoolprice   *big.Int
	Volume            *big.Int
	Tag               [32]byte
	Category          *big.Int
	Trust             *big.Int
	Apprestrict       common.Address
	Datasetrestrict   common.Address
	Requesterrestrict common.Address
	Salt              [32]byte
	Sign              []byte
}

// WorkerpoolView is an auto generated low-level Go binding around an user-defined struct.
type WorkerpoolView struct {
	Owner                common.Address
	WorkerStakeRatio     *big.Int
	SchedulerRewardRatio *big.Int
	MetaHash             [32]byte
}

// GasBurnerMetaData contains all meta data concerning the GasBurner contract.
var GasBurnerMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[],\"name\":\"counter\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"\",\"type\":\"bytes\"}],\"name\":\"receiveResult\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "1fc5082258d74ae1dbcad0d8db9dde6016",
	Bin: "0x6080806040523460135760c5908160188239f35b5f80fdfe608060405260043610156010575f80fd5b5f3560e01c80635dd8085514604a576361bc221a14602c575f80fd5b346046575f36600319011260465760205f54604051908152f35b5f80fd5b34604657604036600319011260465760243567ffffffffffffffff811160465736602382011215604657806004013567ffffffffffffffff8111604657369101602401116046575b5f545f19811460a4576001015f556092565b634e487b7160e01b5f52601160045260245ffdfea164736f6c6343000825000a",
}

// GasBurner is an auto generated Go binding around an Ethereum contract.
type GasBurner struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *GasBurner) GetABI() abi.ABI {
	return c.abi
}

// NewGasBurner creates a new instance of GasBurner.
func NewGasBurner() *GasBurner {
	parsed, err := GasBurnerMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &GasBurner{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *GasBurner) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackCounter is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x61bc221a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function counter() view returns(uint256)
func (gasBurner *GasBurner) PackCounter() []byte {
	enc, err := gasBurner.abi.Pack("counter")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCounter is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x61bc221a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function counter() view returns(uint256)
func (gasBurner *GasBurner) TryPackCounter() ([]byte, error) {
	return gasBurner.abi.Pack("counter")
}

// UnpackCounter is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x61bc221a.
//
// Solidity: function counter() view returns(uint256)
func (gasBurner *GasBurner) UnpackCounter(data []byte) (*big.Int, error) {
	out, err := gasBurner.abi.Unpack("counter", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackReceiveResult is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5dd80855.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function receiveResult(bytes32 , bytes ) returns()
func (gasBurner *GasBurner) PackReceiveResult(arg0 [32]byte, arg1 []byte) []byte {
	enc, err := gasBurner.abi.Pack("receiveResult", arg0, arg1)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackReceiveResult is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5dd80855.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function receiveResult(bytes32 , bytes ) returns()
func (gasBurner *GasBurner) TryPackReceiveResult(arg0 [32]byte, arg1 []byte) ([]byte, error) {
	return gasBurner.abi.Pack("receiveResult", arg0, arg1)
}

// GoodConsumerMetaData contains all meta data concerning the GoodConsumer contract.
var GoodConsumerMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"hub_\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"hub\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"lastResult\",\"outputs\":[{\"internalType\":\"bytes\",\"name\":\"\",\"type\":\"bytes\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"lastTask\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"taskid\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"result\",\"type\":\"bytes\"}],\"name\":\"receiveResult\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"received\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	ID:  "6f06c53a79b02ffa116cba12267b0daf50",
	Bin: "0x60a034606d57601f6104c838819003918201601f19168301916001600160401b03831184841017607157808492602094604052833981010312606d57516001600160a01b0381168103606d57608052604051610442908161008682396080518181816101d101526103b50152f35b5f80fd5b634e487b7160e01b5f52604160045260245ffdfe6080806040526004361015610012575f80fd5b5f3560e01c908163143ce5fd146103e457508063365a86fc146103a05780635dd808551461018157806383a6deb5146101645763abcc11d814610053575f80fd5b34610160575f366003190112610160576040516001545f610073826103fd565b80845260208401926001811690811561014757506001146100f2575b50829003601f01601f191682019167ffffffffffffffff8311818410176100de576040918391828452602083525180918160208501528484015e5f828201840152601f01601f19168101030190f35b634e487b7160e01b5f52604160045260245ffd5b905060015f527fb10e2d527612073b26eecdfd717e6a320cf44b4afac2b0732d9fcbe2b7fa0cf65f905b8282106101315750602091508301015f61008f565b600181602092548385890101520191019061011c565b60ff1916845250151560051b830160200190505f61008f565b5f80fd5b34610160575f366003190112610160576020600254604051908152f35b346101605760403660031901126101605760243567ffffffffffffffff8111610160573660238201121561016057806004013567ffffffffffffffff8111610160573660248284010111610160577f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03163303610363576004355f5561020f6001546103fd565b601f81116102f9575b505f601f82116001146102785781925f9261026a575b50508160011b915f199060031b1c1916176001555b6002545f19811461025657600101600255005b634e487b7160e01b5f52601160045260245ffd5b60249250010135828061022e565b601f198216927fb10e2d527612073b26eecdfd717e6a320cf44b4afac2b0732d9fcbe2b7fa0cf6915f5b8581106102de575083600195106102c2575b505050811b01600155610243565b01602401355f19600384901b60f8161c191690558280806102b4565b909260206001819260248787010135815501940191016102a2565b8181111561021857601f820160051c906020831061035b575b601f82910160051c03905f5b82811061032c575050610218565b5f8282017fb10e2d527612073b26eecdfd717e6a320cf44b4afac2b0732d9fcbe2b7fa0cf6015560010161031e565b5f9150610312565b60405162461bcd60e51b815260206004820152601560248201527431b7b739bab6b2b91d103737ba103a343290343ab160591b6044820152606490fd5b34610160575f366003190112610160576040517f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03168152602090f35b34610160575f366003190112610160576020905f548152f35b90600182811c9216801561042b575b602083101461041757565b634e487b7160e01b5f52602260045260245ffd5b91607f169161040c56fea164736f6c6343000825000a",
}

// GoodConsumer is an auto generated Go binding around an Ethereum contract.
type GoodConsumer struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *GoodConsumer) GetABI() abi.ABI {
	return c.abi
}

// NewGoodConsumer creates a new instance of GoodConsumer.
func NewGoodConsumer() *GoodConsumer {
	parsed, err := GoodConsumerMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &GoodConsumer{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *GoodConsumer) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address hub_) returns()
func (goodConsumer *GoodConsumer) PackConstructor(hub_ common.Address) []byte {
	enc, err := goodConsumer.abi.Pack("", hub_)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackHub is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x365a86fc.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function hub() view returns(address)
func (goodConsumer *GoodConsumer) PackHub() []byte {
	enc, err := goodConsumer.abi.Pack("hub")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackHub is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x365a86fc.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function hub() view returns(address)
func (goodConsumer *GoodConsumer) TryPackHub() ([]byte, error) {
	return goodConsumer.abi.Pack("hub")
}

// UnpackHub is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x365a86fc.
//
// Solidity: function hub() view returns(address)
func (goodConsumer *GoodConsumer) UnpackHub(data []byte) (common.Address, error) {
	out, err := goodConsumer.abi.Unpack("hub", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackLastResult is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xabcc11d8.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function lastResult() view returns(bytes)
func (goodConsumer *GoodConsumer) PackLastResult() []byte {
	enc, err := goodConsumer.abi.Pack("lastResult")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackLastResult is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xabcc11d8.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function lastResult() view returns(bytes)
func (goodConsumer *GoodConsumer) TryPackLastResult() ([]byte, error) {
	return goodConsumer.abi.Pack("lastResult")
}

// UnpackLastResult is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xabcc11d8.
//
// Solidity: function lastResult() view returns(bytes)
func (goodConsumer *GoodConsumer) UnpackLastResult(data []byte) ([]byte, error) {
	out, err := goodConsumer.abi.Unpack("lastResult", data)
	if err != nil {
		return *new([]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([]byte)).(*[]byte)
	return out0, nil
}

// PackLastTask is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x143ce5fd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function lastTask() view returns(bytes32)
func (goodConsumer *GoodConsumer) PackLastTask() []byte {
	enc, err := goodConsumer.abi.Pack("lastTask")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackLastTask is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x143ce5fd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function lastTask() view returns(bytes32)
func (goodConsumer *GoodConsumer) TryPackLastTask() ([]byte, error) {
	return goodConsumer.abi.Pack("lastTask")
}

// UnpackLastTask is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x143ce5fd.
//
// Solidity: function lastTask() view returns(bytes32)
func (goodConsumer *GoodConsumer) UnpackLastTask(data []byte) ([32]byte, error) {
	out, err := goodConsumer.abi.Unpack("lastTask", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackReceiveResult is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5dd80855.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function receiveResult(bytes32 taskid, bytes result) returns()
func (goodConsumer *GoodConsumer) PackReceiveResult(taskid [32]byte, result []byte) []byte {
	enc, err := goodConsumer.abi.Pack("receiveResult", taskid, result)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackReceiveResult is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5dd80855.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function receiveResult(bytes32 taskid, bytes result) returns()
func (goodConsumer *GoodConsumer) TryPackReceiveResult(taskid [32]byte, result []byte) ([]byte, error) {
	return goodConsumer.abi.Pack("receiveResult", taskid, result)
}

// PackReceived is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x83a6deb5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function received() view returns(uint256)
func (goodConsumer *GoodConsumer) PackReceived() []byte {
	enc, err := goodConsumer.abi.Pack("received")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackReceived is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x83a6deb5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function received() view returns(uint256)
func (goodConsumer *GoodConsumer) TryPackReceived() ([]byte, error) {
	return goodConsumer.abi.Pack("received")
}

// UnpackReceived is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x83a6deb5.
//
// Solidity: function received() view returns(uint256)
func (goodConsumer *GoodConsumer) UnpackReceived(data []byte) (*big.Int, error) {
	out, err := goodConsumer.abi.Unpack("received", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// HubMetaData contains all meta data concerning the Hub contract.
var HubMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token_\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"owner_\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"firstModule\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"balance\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"frozen\",\"type\":\"uint256\"}],\"name\":\"AccountUpdated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"app\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"kind\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"name\",\"type\":\"string\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"uri\",\"type\":\"string\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"checksum\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"extra\",\"type\":\"bytes\"}],\"name\":\"AppCreated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"asset\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"}],\"name\":\"AssetTransferred\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"worker\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"workerpool\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"bonded\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"unbonding\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"releaseTime\",\"type\":\"uint256\"}],\"name\":\"BondUpdated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"taskid\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"callback\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"success\",\"type\":\"bool\"}],\"name\":\"CallbackDelivered\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"name\",\"type\":\"string\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"description\",\"type\":\"string\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"timeRef\",\"type\":\"uint256\"}],\"name\":\"CategoryCreated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"dataset\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"name\",\"type\":\"string\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"uri\",\"type\":\"string\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"checksum\",\"type\":\"bytes32\"}],\"name\":\"DatasetCreated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"dealid\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"workerpool\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"requester\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"app\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"dataset\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"category\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"trust\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"tag\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"beneficiary\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"callback\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"params\",\"type\":\"string\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"botFirst\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"volume\",\"type\":\"uint256\"}],\"name\":\"DealCreated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Deposit\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"orderHash\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"OrderCancelled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"orderHash\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"OrderPresigned\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"dealid\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"appHash\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"datasetHash\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"workerpoolHash\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"requestHash\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"volume\",\"type\":\"uint256\"}],\"name\":\"OrdersMatched\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"previousOwner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"OwnershipTransferred\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"pot\",\"type\":\"uint256\"}],\"name\":\"PotUpdated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"worker\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"score\",\"type\":\"uint256\"}],\"name\":\"ScoreUpdated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"taskid\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"worker\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"StakeSeized\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"taskid\",\"type\":\"bytes32\"}],\"name\":\"TaskClaimed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"taskid\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"consensusValue\",\"type\":\"bytes32\"}],\"name\":\"TaskConsensus\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"taskid\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"worker\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"resultHash\",\"type\":\"bytes32\"}],\"name\":\"TaskContribute\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"taskid\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"results\",\"type\":\"bytes\"}],\"name\":\"TaskFinalize\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"taskid\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"dealid\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"idx\",\"type\":\"uint256\"}],\"name\":\"TaskInitialize\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"taskid\",\"type\":\"bytes32\"}],\"name\":\"TaskReopen\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"taskid\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"worker\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"digest\",\"type\":\"bytes32\"}],\"name\":\"TaskReveal\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"taskid\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"digest\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"results\",\"type\":\"bytes\"}],\"name\":\"TaskSettled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Withdraw\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"workerpool\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"description\",\"type\":\"string\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"workerStakeRatio\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"schedulerRewardRatio\",\"type\":\"uint256\"}],\"name\":\"WorkerpoolCreated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"workerpool\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"workerStakeRatio\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"schedulerRewardRatio\",\"type\":\"uint256\"}],\"name\":\"WorkerpoolPolicyUpdated\",\"type\":\"event\"},{\"stateMutability\":\"payable\",\"type\":\"fallback\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"workerpool\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"bond\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32[]\",\"name\":\"dealids\",\"type\":\"bytes32[]\"},{\"internalType\":\"uint256[]\",\"name\":\"idxs\",\"type\":\"uint256[]\"}],\"name\":\"claimBatched\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address[]\",\"name\":\"workers\",\"type\":\"address[]\"},{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"dealid\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"idx\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"digest\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"results\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"resultsCallback\",\"type\":\"bytes\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"worker\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"r\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"vs\",\"type\":\"bytes32\"}],\"internalType\":\"structSignedVote[]\",\"name\":\"votes\",\"type\":\"tuple[]\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"worker\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"resultHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"resultSeal\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"r\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"vs\",\"type\":\"bytes32\"}],\"internalType\":\"structSignedContribution[]\",\"name\":\"others\",\"type\":\"tuple[]\"}],\"internalType\":\"structTaskSettlement[]\",\"name\":\"tasks\",\"type\":\"tuple[]\"}],\"name\":\"settle\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"workerpool\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"unbond\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"unbondDelay\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"dealid\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"word\",\"type\":\"uint256\"}],\"name\":\"viewBatchBits\",\"outputs\":[{\"components\":[{\"internalType\":\"uint256\",\"name\":\"done\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"claimed\",\"type\":\"uint256\"}],\"internalType\":\"structBatchBitsView\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"worker\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"workerpool\",\"type\":\"address\"}],\"name\":\"viewBond\",\"outputs\":[{\"components\":[{\"internalType\":\"uint256\",\"name\":\"bonded\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"unbonding\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"releaseTime\",\"type\":\"uint256\"}],\"internalType\":\"structBondView\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"workerpool\",\"type\":\"address\"}],\"name\":\"withdrawUnbonded\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"stateMutability\":\"payable\",\"type\":\"receive\"}]",
	ID:  "3b8ed65a8c03360f14d7a565a854db92a1",
	Bin: "0x60a03461014e57601f612a1638819003918201601f19168301916001600160401b038311848410176101525780849260609460405283398101031261014e5761004781610166565b90610060604061005960208401610166565b9201610166565b916001600160a01b03168015158061013c575b8061012a575b156100e65760018060a01b03195f5416175f5560018060a01b0316908160018060a01b03196001541617600155608052604051905f7f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e08180a361289b908161017b82396080518160290152f35b606460405162461bcd60e51b815260206004820152602060248201527f6875623a207a65726f206164647265737320696e20636f6e7374727563746f726044820152fd5b506001600160a01b0383161515610079565b506001600160a01b0382161515610073565b5f80fd5b634e487b7160e01b5f52604160045260245ffd5b51906001600160a01b038216820361014e5756fe6101408060405260043610156100a0575b50361561005b573461005b57604051365f82375f8036837f00000000000000000000000000000000000000000000000000000000000000005af43d5f833e15610057573d90f35b3d90fd5b60405162461bcd60e51b815260206004820152601a60248201527f6875623a20646f6573206e6f74206163636570742065746865720000000000006044820152606490fd5b5f3560e01c90816332af3ba714611d805750806351127fca14611d5e57806355c301a0146108b05780637459597c1461062e578063a515366a1461042b578063a5d059ca146102da578063aeffaa47146101b95763eddd1c6314610104575f610010565b346101b55760403660031901126101b55761011d611e78565b602435906001600160a01b03821682036101b5575f6040805161013f81611ea9565b828152826020820152015260018060a01b03165f52601260205260405f209060018060a01b03165f52602052606060405f20805460016001600160801b038216920154906040805161019081611ea9565b848152602081019260801c835201918252604051928352516020830152516040820152f35b5f80fd5b346101b55760203660031901126101b5576101d2611e78565b335f52601260205260405f2060018060a01b0382165f5260205260405f2090815460801c90811561029c57600183018054421061025757835f6001600160801b0392836102559754168355555416906040519182525f60208301525f604083015260018060a01b0316905f51602061286f5f395f51905f5260603392a3336122c1565b005b60405162461bcd60e51b815260206004820152601d60248201527f6875623a20756e626f6e64696e672064656c6179206e6f74206f7665720000006044820152606490fd5b60405162461bcd60e51b81526020600482015260166024820152756875623a206e6f7468696e6720756e626f6e64696e6760501b6044820152606490fd5b346101b55760403660031901126101b5576102f3611e78565b60243590610302821515611f83565b335f52601260205260405f2060018060a01b0382165f5260205260405f20916001600160801b03835416908082106103f25761038a916001600160801b036103508161036a94168093611fe2565b86546001600160801b03191691161780865560801c611fc2565b83546001600160801b031660809190911b6001600160801b031916178355565b5f51602061286f5f395f51905f526103ed6103ac6103a6611ef8565b42611f76565b600185018190559354604080516001600160801b038316815260809290921c60208301528101949094526001600160a01b0390921692339281906060820190565b0390a3005b60405162461bcd60e51b81526020600482015260116024820152706875623a20626f6e6420746f6f206c6f7760781b6044820152606490fd5b346101b55760403660031901126101b557610444611e78565b60243590610453821515611f83565b6001600160a01b039081165f8181526007602052604090205490929116156105e9576040519061048282611e8e565b6019825260208201917f6875623a20696e73756666696369656e742062616c616e6365000000000000008352335f52600360205260405f20926001600160801b03845416918383106105ae575050816001600160801b03806104e861052b958295611f30565b16168219855416178455169161052561050584835460801c611fc2565b82546001600160801b031660809190911b6001600160801b031916178255565b336124d3565b335f52601260205260405f20825f526020526001600160801b0361055660405f209282845416611fc2565b82546001600160801b0319169116908117808355600190920154604080516001600160801b03909316835260809390931c60208301529181019190915233905f51602061286f5f395f51905f529080606081016103ed565b60449060405192839162461bcd60e51b8352602060048401525180918160248501528484015e5f828201840152601f01601f19168101030190fd5b60405162461bcd60e51b815260206004820152601e60248201527f6875623a20776f726b6572706f6f6c206e6f74207265676973746572656400006044820152606490fd5b346101b55761063c36611e28565b91909282820361086b575f5b82811061065157005b61065c818484611f0c565b3590610669818688611f0c565b35825f52600b60205260405f209260018401610688815460f81c612002565b61069d63ffffffff865460a01c16841061204e565b8260081c600160ff85161b90835f52601360205260405f20815f526020528160405f20546106cd8282161561209a565b855f52601360205260405f20835f526020521760405f2055835f52601460205260405f20905f5260205260405f20908154179055845490549462ffffff8660e01c1680600a0290600a8204036108125761072a908360d81c611f76565b42106108265760029161076a8261076560036107799501996001600160401b0380808d5460a01c16988995015460a01c169160a01c16611f76565b611f76565b906001600160a01b03166122c1565b601e810290808204601e14901517156108125760206107d46001966107cc60647f2ba2169cd2502a6cc4fd55f87f2dcbceef588b593aa4fdc883d4fc62e65ed6a9950480928a8060a01b039054166123f6565b600254611f76565b80600255604051908152a15f5260205260405f207fcbc308b5f91040d2659a5201858344b0b583cd2f9e18e8470c2fa052c5b21ff85f80a201610648565b634e487b7160e01b5f52601160045260245ffd5b60405162461bcd60e51b815260206004820152601f60248201527f6875623a2066696e616c20646561646c696e65206e6f742072656163686564006044820152606490fd5b60405162461bcd60e51b815260206004820152601960248201527f6875623a206172726179206c656e6774687320646966666572000000000000006044820152606490fd5b346101b5576108be36611e28565b918293919315611d265780158015611cf5575b15611cbd5760015b818110611c2357506040519161036083018381106001600160401b03821117611c0f5760405260608352606060208401525f60408401525f60608401525f60808401525f60a08401525f60c08401525f60e08401525f6101008401525f6101208401525f6101408401525f6101608401525f6101808401525f6101a08401525f6101c08401525f6101e08401525f6102008401525f6102208401525f6102408401525f6102608401525f6102808401525f6102a08401525f6102c08401525f6102e08401525f6103008401525f6103208401525f6103408401526109bc82611f3d565b6109c96040519182611ec4565b828152601f196109d884611f3d565b015f5b818110611bbc575050835260405160208101907f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f82527f2363570db6636b46837295cca606d1b1c4e086b0691fd8ddb869551f968b204f60408201527fc89efdaa54c0f20c7adf612882df0950f5a951637e0307cdcb4c672f298b8bc660608201524660808201523060a082015260a08152610a7860c082611ec4565b51902060408401525f196102a08401525f5b848110610e4e5750610a9b8361219c565b5f5b828110610c745750505080610b3160c060809301516001600160801b03610b1b610b12610b0d60a0870151335f52600360205260405f2095610765610aed610ae48361247c565b89548d1c611fe2565b88546001600160801b031660809190911b6001600160801b031916178855565b61247c565b82845416611fc2565b166001600160801b0319825416178155336124d3565b0151610b3957005b5f5b818110610b4457005b610b4f818385611f54565b80355f818152600b60205260409020600401549192916001600160a01b03169081610b81575b50506001915001610b3b565b5f526020830135602052610b9d60405f209360808101906120f2565b93906201b3e35a10610c235760205f807f3a802e540bbdaebec4451c67f12a7d6ac30d3c0bdfd9a68d4cef337896838dc8938860019960405192635dd8085560e01b84528860048501526040602485015281604485015260648401378260648284010152601f8019910116606401908288620186a0f16040519015158152a38480610b75565b60405162461bcd60e51b8152602060048201526024808201527f6875623a206e6f7420656e6f7567682067617320666f72207468652063616c6c6044820152636261636b60e01b6064820152608490fd5b80610c8260019286516122ad565b51610c96610c91838787611f0c565b611f1c565b815115801590610e41575b610d9e575b600860c083015160028116610d52575b16610cc4575b505001610a9d565b60a084901b8490039081165f81815260126020908152604080832060608c81015190961684529091529020838301516080948501519485901b6001600160801b0319166001600160801b038216178255909391925f51602061286f5f395f51905f529290919087808060a01b03848d0151169601549060405192835260208301526040820152a38780610cbc565b604084017f66ead48cfe0e1d1aa8bad492e906c348dfcfeecbf3b7b2cdf9b1f3cfa42a29456020825192898060a01b03871693845f526004835260405f205551604051908152a2610cb6565b838060a01b038116805f5260036020527f4510314558259843825372fc84b1ae19cb70b8c44805daf4808354e78a05cf6b6040805f20805490610e31610e00610df189516001600160801b038616611f76565b9360208a01519060801c611f30565b916001600160801b03610e128561247c565b6001600160801b03911616608084901b6001600160801b031916179055565b82519182526020820152a2610ca6565b5060208201511515610ca1565b939190610e5e8584889698611f54565b9480158015611bad575b61199d575b600181018111610812576020860135610e8c610120890151821061204e565b610160880151421015611958578060081c6102a08901518082036118f8575b5050600160ff82161b610ec5816102c08b0151161561209a565b6102c0890151176102c089015260e08801515f5260205260405f2090600181016102e0890152816103008901526040870135610320890152815f52604087013560205260405f2061034089015260018060a01b0361026089015116611801575b610f3260a0880188612132565b60a05250610f50610f4660c0890189612167565b905060a051611f76565b91821515806117f6575b156117a6578260208a01515110611770575b610f7960a0890189612132565b9890935f9760208c0151995f5b8c81101561107057808c8f611014610ffc8e61100f938f8f90610fb29160608a02019384359184612521565b9381969193610fe4610300850151610320860151908890916054926040519260601b8352601483015260348201522090565b610340850151906020604084013593013591866125e6565b6001600160a01b03858116911614612342565b6126bd565b9d8e816110605790509d8e5b9e611034906001600160e01b03101561239a565b600160801b9161104382612853565b60881b9160401b17171791611057916122ad565b52600101610f86565b61106991611ee5565b9d8e611020565b509b9950995091935091939495805f908360a05110611404575b50816001019081600111610812576110a191611f76565b6101408901519082151592836113d8575b5050501561139f57602087015161022088015191610200890151915f938a5f5b84811061126457506110f791506110f0610240606492015186611ee5565b0484611f30565b905f945f935b8085106111a55750505050506060600195949361114a6111407f54a9a14b9baf21298362b4021129f272d54a1b17be7b576026016c97cae5777e95604095611f30565b60a08c0151611f76565b60a08b015261115d6102808b0151612124565b6102808b015261116f828201826120f2565b809185519586940135845260406020850152816040850152848401375f828201840152601f01601f19168101030190a201610a8a565b90919293956111b487856122ad565b51908d600160801b831615611259576111db6111e691516001600160401b038516906122ad565b519260881c87611ee5565b90841561124557846112069204906111ff828551611f76565b8452611f76565b966001831161121f575b600191505b01939291906110fd565b60408201805192600184018094116108125760019360c092520160028151179052611210565b634e487b7160e01b5f52601260045260245ffd5b509660019150611215565b61127181859896986122ad565b51600160801b811661138657611292906001600160401b03168093516122ad565b5183611318575b60408101908151918260011b928084046002149015171561081257600390920490915260c001805160021790526001916001600160a01b03906112e190610c91908f8f611f0c565b16897e33df63f91808a4454c32f0507b1999cab202bb9295cc2ef9f2fa816d44e0926020604051878152a35b018b909593956110d2565b95836113769161134460808a018051908185105f1461137c5761133c858093611f30565b905283611f30565b61135360608b01918251611f30565b905260208901611364838251611f76565b905260c0890160088151179052611f76565b95611299565b61133c8280611f30565b6001925094611399919560881c90611f76565b9361130d565b60405162461bcd60e51b81526020600482015260116024820152706875623a206e6f20636f6e73656e73757360781b6044820152606490fd5b829350916113e69192611ee5565b915f198101908111610812576113fb91611ee5565b108a80806110b2565b91505061141460c0840184612167565b6101205260e05260208801516080525f5b61012051811061160157505f5f610100525b61012051610100511061144a578b61108a565b9960016080989395979496981b6114716114696101005160a051611f76565b6080516122ad565b51166115f457602061148c610100516101205160e0516123e6565b013560c0525f998a5b610100518c10806115ec575b156114f85750600160801b6114bb6114698d60a051611f76565b511615806114d4575b6114ce909b612124565b9a611495565b506114ce8b60206114ee60c051926101205160e0516123e6565b01351490506114c4565b909a509a909a979593969492976115e75761151b6114696101005160a051611f76565b5160401c906001600160401b038092169160016101005101806101005111610812575b6101205181106115645750509061155491611f76565b6001610100510161010052611437565b600160801b6115786114698360a051611f76565b511615806115c9575b61158e575b60010161153e565b926115b0600191836115a56114698860a051611f76565b5160401c1690611ee5565b936115c2828060e01b0386111561239a565b9050611586565b5060c05160206115df836101205160e0516123e6565b013514611581565b611554565b5080156114a1565b9996949295939196611554565b90611612826101205160e0516123e6565b9161162083358a8a8d612521565b93906020820135948c6103408101518714968794856116d9575b9161100f610ffc869385608061165f98970135916040606083013592013590866125e6565b916116a4575b600193945f1461169d5761167882612853565b60881b8460801b17915b60401b17176116966114698360a051611f76565b5201611425565b5f91611682565b60019382816116ca579050945b6116c286868060e01b03101561239a565b949350611665565b6116d391611ee5565b946116b1565b929161170b919550610320610300820151910151908390916054926040519260601b8352601483015260348201522090565b60408301350361171f579086938e9161163a565b60405162461bcd60e51b815260206004820152602360248201527f6875623a207365616c20646f6573206e6f74206d617463682074686520646967604482015262195cdd60ea1b6064820152608490fd5b61177983611f3d565b6117866040519182611ec4565b838152601f1961179585611f3d565b0136602083013760208a0152610f6c565b60405162461bcd60e51b815260206004820152602260248201527f6875623a203120746f2032353520636f6e747269627574696f6e732061207461604482015261736b60f01b6064820152608490fd5b5060ff831115610f5a565b60808701614000611812828a6120f2565b9050116118a75761182390886120f2565b80604051928337604089013591200361184d576118436080890151612124565b6080890152610f25565b60405162461bcd60e51b815260206004820152602c60248201527f6875623a2063616c6c6261636b206461746120646f6573206e6f74206d61746360448201526b1a081d1a1948191a59d95cdd60a21b6064820152608490fd5b60405162461bcd60e51b815260206004820152602360248201527f6875623a2063616c6c6261636b2064617461206f76657220313633383420627960448201526274657360e81b6064820152608490fd5b1961192d575b806102a08a015260e08901515f52601360205260405f20905f5260205260405f20546102c08901528880610eab565b6102c089015160e08a01515f52601360205260405f206102a08b01515f5260205260405f20556118fe565b60405162461bcd60e51b815260206004820152601a60248201527f6875623a2066696e616c20646561646c696e65207061737365640000000000006044820152606490fd5b85356119a88861219c565b805f52600b60205260405f20906001820154906119c78260f81c612002565b600383015490336001600160a01b03831603611b6f57600584015460608c01516001600160a01b03918216911680611b0c575060608c01525b60e08b015282546001600160a01b0381166101008c015260a081901c63ffffffff166101208c015260c081901c62ffffff1680611b07575060015b6101408c015262ffffff8360e01c1692600a84810204840361081257611a726001600160401b039260ff95600a029060d81c611f76565b6101608d015260018060a01b0381166101808d015260a01c166101a08b01526001600160401b03600284015460018060a01b0381166101c08d015260a01c166101e08b01526064611ade6102008c6001600160401b038560a01c169182910152848460e01c1690611ee5565b046102208b015260e81c16610240890152600401546001600160a01b0316610260880152610e6d565b611a3b565b14611a005760405162461bcd60e51b815260206004820152603060248201527f6875623a206120626174636820736574746c657320746865206465616c73206f60448201526f19881bdb99481ddbdc9ad95c9c1bdbdb60821b6064820152608490fd5b60405162461bcd60e51b8152602060048201526016602482015275343ab11d103737ba103a34329039b1b432b23ab632b960511b6044820152606490fd5b5060e087015186351415610e68565b6040519060e08201918083106001600160401b03841117611c0f576020926040525f81525f838201525f60408201525f60608201525f60808201525f60a08201525f60c0820152828286010152016109db565b634e487b7160e01b5f52604160045260245ffd5b5f19810181811161081257610c91611c3c918486611f0c565b6001600160a01b03611c52610c91848688611f0c565b166001600160a01b039091161015611c6c576001016108d9565b60405162461bcd60e51b815260206004820152602360248201527f6875623a20776f726b657273206e6f7420696e20617363656e64696e67206f726044820152623232b960e91b6064820152608490fd5b60405162461bcd60e51b815260206004820152601060248201526f343ab11d103d32b937903bb7b935b2b960811b6044820152606490fd5b611d12576001600160a01b03611d0a83611f1c565b1615156108d1565b634e487b7160e01b5f52603260045260245ffd5b60405162461bcd60e51b815260206004820152601060248201526f0d0eac47440cadae0e8f240c4c2e8c6d60831b6044820152606490fd5b346101b5575f3660031901126101b5576020611d78611ef8565b604051908152f35b346101b55760403660031901126101b557604090600435905f602060243592611da881611e8e565b8281520152815f526013602052825f20815f52602052825f2054915f526014602052825f20905f52602052815f205460208351611de481611e8e565b838152019081528251918252516020820152f35b9181601f840112156101b5578235916001600160401b0383116101b5576020808501948460051b0101116101b557565b60406003198201126101b5576004356001600160401b0381116101b55781611e5291600401611df8565b92909291602435906001600160401b0382116101b557611e7491600401611df8565b9091565b600435906001600160a01b03821682036101b557565b604081019081106001600160401b03821117611c0f57604052565b606081019081106001600160401b03821117611c0f57604052565b90601f801991011681019081106001600160401b03821117611c0f57604052565b8181029291811591840414171561081257565b60155480600a0290600a8204036108125790565b9190811015611d125760051b0190565b356001600160a01b03811681036101b55790565b9190820391821161081257565b6001600160401b038111611c0f5760051b60200190565b9190811015611d125760051b8101359060de19813603018212156101b5570190565b9190820180921161081257565b15611f8a57565b60405162461bcd60e51b815260206004820152601060248201526f1a1d588e881e995c9bc8185b5bdd5b9d60821b6044820152606490fd5b906001600160801b03809116911601906001600160801b03821161081257565b906001600160801b03809116911603906001600160801b03821161081257565b1561200957565b60405162461bcd60e51b815260206004820152601760248201527f6875623a206e6f7420612062617463686564206465616c0000000000000000006044820152606490fd5b1561205557565b60405162461bcd60e51b815260206004820152601c60248201527f6875623a207461736b20696e646578206f7574206f662072616e6765000000006044820152606490fd5b156120a157565b60405162461bcd60e51b8152602060048201526024808201527f6875623a207461736b20616c726561647920736574746c6564206f7220636c616044820152631a5b595960e21b6064820152608490fd5b903590601e19813603018212156101b557018035906001600160401b0382116101b5576020019181360383136101b557565b5f1981146108125760010190565b903590601e19813603018212156101b557018035906001600160401b0382116101b5576020019160608202360383136101b557565b903590601e19813603018212156101b557018035906001600160401b0382116101b5576020019160a08202360383136101b557565b6102a081018051600101612281575b506102808101805190811561227c575f905260018060a01b03610100830151166122466101a0840161222d81519161220e6121ed6101e0890194855190611f76565b956122086122026102008b0198895190611f76565b89611ee5565b906123f6565b61222760018060a01b0361018089015116915187611ee5565b9061242d565b61222760018060a01b036101c087015116915185611ee5565b5190601e820291808304601e14901517156108125761226e60c0916064612278940490611ee5565b9201918251611f76565b9052565b505050565b6102c082015160e08301515f52601360205260405f2082515f5260205260405f20555f1990525f6121ab565b8051821015611d125760209160051b010190565b906123409160018060a01b0381165f5260036020526001600160801b0361232b61232260405f2094610b0d6123026122f88361247c565b885460801c611fe2565b87546001600160801b031660809190911b6001600160801b031916178755565b82855416611fc2565b166001600160801b03198354161782556124d3565b565b1561234957565b60405162461bcd60e51b815260206004820152602360248201527f6875623a20696e76616c696420636f6e747269627574696f6e207369676e617460448201526275726560e81b6064820152608490fd5b156123a157565b60405162461bcd60e51b815260206004820152601a60248201527f6875623a2067726f757020776569676874206f766572666c6f770000000000006044820152606490fd5b9190811015611d125760a0020190565b906123409160018060a01b0381165f52600360205261242861036a61241e60405f209461247c565b845460801c611fe2565b6124d3565b908015801561246b575b612467576123409160018060a01b0381165f5260036020526001600160801b0361232b61232260405f209461247c565b5050565b506001600160a01b03821615612437565b6001600160801b038111612496576001600160801b031690565b60405162461bcd60e51b81526020600482015260156024820152746875623a20616d6f756e7420746f6f206c6172676560581b6044820152606490fd5b9054604080516001600160801b038316815260809290921c60208301526001600160a01b03909216917f4510314558259843825372fc84b1ae19cb70b8c44805daf4808354e78a05cf6b91a2565b939293919091818510156125a15760a061253c8683516122ad565b5101916102e083519201918251146125635761256093610c91938793519052611f0c565b90565b60405162461bcd60e51b8152602060048201526016602482015275343ab11d10323ab83634b1b0ba32b2103bb7b935b2b960511b6044820152606490fd5b60405162461bcd60e51b815260206004820152601e60248201527f6875623a20776f726b657220696e646578206f7574206f662072616e676500006044820152606490fd5b6040810151610300909101515f969592949390926001600160ff1b03811691907f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a083116126b15760ff1c601b019485601b11610812576020965f96608096604051967f8416199cb3e076e560e44c90525edc04568b65f1240bca76a6ed1e1b4f32410788528a880191825260408801938452606088019586528888209061190160f01b89526002890152602288015260428720875252525282805260015afa6126ab57565b5f519150565b505f9750505050505050565b906126cc9093929382516122ad565b5160c0810160018151161561282d575b6003604083015104600381115f1461282457925b5f19840193841161081257839563ffffffff85116127e8576102208201519485156127df5750908291600461273b9594511615612786575b5050506080606082015191015190611f76565b1061274257565b606460405162461bcd60e51b815260206004820152602060248201527f6875623a20776f726b657220626f6e642062656c6f7720697473207374616b656044820152fd5b60018060a01b03165f52601260205260405f2090606060018060a01b039101511660018060a01b03165f5260205260405f20546001600160801b038116606084015260801c6080830152600481511790525f8080612728565b96505050505050565b60405162461bcd60e51b81526020600482015260146024820152736875623a2073636f726520746f6f206c6172676560601b6044820152606490fd5b506003926126f0565b60018060a01b0385165f52600460205260405f20546040830152600181511781526126dc565b905f915b600181116128625750565b6001928301921c61285756fec260079ac67717ba1e705ec12a80007d9dc6d8bf19d70913ff3626796af897eca164736f6c6343000825000a",
}

// Hub is an auto generated Go binding around an Ethereum contract.
type Hub struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *Hub) GetABI() abi.ABI {
	return c.abi
}

// NewHub creates a new instance of Hub.
func NewHub() *Hub {
	parsed, err := HubMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &Hub{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *Hub) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address token_, address owner_, address firstModule) returns()
func (hub *Hub) PackConstructor(token_ common.Address, owner_ common.Address, firstModule common.Address) []byte {
	enc, err := hub.abi.Pack("", token_, owner_, firstModule)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackBond is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa515366a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function bond(address workerpool, uint256 amount) returns()
func (hub *Hub) PackBond(workerpool common.Address, amount *big.Int) []byte {
	enc, err := hub.abi.Pack("bond", workerpool, amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBond is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa515366a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function bond(address workerpool, uint256 amount) returns()
func (hub *Hub) TryPackBond(workerpool common.Address, amount *big.Int) ([]byte, error) {
	return hub.abi.Pack("bond", workerpool, amount)
}

// PackClaimBatched is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7459597c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function claimBatched(bytes32[] dealids, uint256[] idxs) returns()
func (hub *Hub) PackClaimBatched(dealids [][32]byte, idxs []*big.Int) []byte {
	enc, err := hub.abi.Pack("claimBatched", dealids, idxs)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackClaimBatched is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7459597c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function claimBatched(bytes32[] dealids, uint256[] idxs) returns()
func (hub *Hub) TryPackClaimBatched(dealids [][32]byte, idxs []*big.Int) ([]byte, error) {
	return hub.abi.Pack("claimBatched", dealids, idxs)
}

// PackSettle is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x55c301a0.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function settle(address[] workers, (bytes32,uint256,bytes32,bytes,bytes,(uint256,bytes32,bytes32)[],(uint256,bytes32,bytes32,bytes32,bytes32)[])[] tasks) returns()
func (hub *Hub) PackSettle(workers []common.Address, tasks []TaskSettlement) []byte {
	enc, err := hub.abi.Pack("settle", workers, tasks)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSettle is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x55c301a0.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function settle(address[] workers, (bytes32,uint256,bytes32,bytes,bytes,(uint256,bytes32,bytes32)[],(uint256,bytes32,bytes32,bytes32,bytes32)[])[] tasks) returns()
func (hub *Hub) TryPackSettle(workers []common.Address, tasks []TaskSettlement) ([]byte, error) {
	return hub.abi.Pack("settle", workers, tasks)
}

// PackUnbond is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa5d059ca.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function unbond(address workerpool, uint256 amount) returns()
func (hub *Hub) PackUnbond(workerpool common.Address, amount *big.Int) []byte {
	enc, err := hub.abi.Pack("unbond", workerpool, amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackUnbond is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa5d059ca.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function unbond(address workerpool, uint256 amount) returns()
func (hub *Hub) TryPackUnbond(workerpool common.Address, amount *big.Int) ([]byte, error) {
	return hub.abi.Pack("unbond", workerpool, amount)
}

// PackUnbondDelay is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x51127fca.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function unbondDelay() view returns(uint256)
func (hub *Hub) PackUnbondDelay() []byte {
	enc, err := hub.abi.Pack("unbondDelay")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackUnbondDelay is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x51127fca.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function unbondDelay() view returns(uint256)
func (hub *Hub) TryPackUnbondDelay() ([]byte, error) {
	return hub.abi.Pack("unbondDelay")
}

// UnpackUnbondDelay is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x51127fca.
//
// Solidity: function unbondDelay() view returns(uint256)
func (hub *Hub) UnpackUnbondDelay(data []byte) (*big.Int, error) {
	out, err := hub.abi.Unpack("unbondDelay", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackViewBatchBits is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x32af3ba7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function viewBatchBits(bytes32 dealid, uint256 word) view returns((uint256,uint256))
func (hub *Hub) PackViewBatchBits(dealid [32]byte, word *big.Int) []byte {
	enc, err := hub.abi.Pack("viewBatchBits", dealid, word)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackViewBatchBits is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x32af3ba7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function viewBatchBits(bytes32 dealid, uint256 word) view returns((uint256,uint256))
func (hub *Hub) TryPackViewBatchBits(dealid [32]byte, word *big.Int) ([]byte, error) {
	return hub.abi.Pack("viewBatchBits", dealid, word)
}

// UnpackViewBatchBits is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x32af3ba7.
//
// Solidity: function viewBatchBits(bytes32 dealid, uint256 word) view returns((uint256,uint256))
func (hub *Hub) UnpackViewBatchBits(data []byte) (BatchBitsView, error) {
	out, err := hub.abi.Unpack("viewBatchBits", data)
	if err != nil {
		return *new(BatchBitsView), err
	}
	out0 := *abi.ConvertType(out[0], new(BatchBitsView)).(*BatchBitsView)
	return out0, nil
}

// PackViewBond is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xeddd1c63.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function viewBond(address worker, address workerpool) view returns((uint256,uint256,uint256))
func (hub *Hub) PackViewBond(worker common.Address, workerpool common.Address) []byte {
	enc, err := hub.abi.Pack("viewBond", worker, workerpool)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackViewBond is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xeddd1c63.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function viewBond(address worker, address workerpool) view returns((uint256,uint256,uint256))
func (hub *Hub) TryPackViewBond(worker common.Address, workerpool common.Address) ([]byte, error) {
	return hub.abi.Pack("viewBond", worker, workerpool)
}

// UnpackViewBond is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xeddd1c63.
//
// Solidity: function viewBond(address worker, address workerpool) view returns((uint256,uint256,uint256))
func (hub *Hub) UnpackViewBond(data []byte) (BondView, error) {
	out, err := hub.abi.Unpack("viewBond", data)
	if err != nil {
		return *new(BondView), err
	}
	out0 := *abi.ConvertType(out[0], new(BondView)).(*BondView)
	return out0, nil
}

// PackWithdrawUnbonded is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xaeffaa47.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function withdrawUnbonded(address workerpool) returns()
func (hub *Hub) PackWithdrawUnbonded(workerpool common.Address) []byte {
	enc, err := hub.abi.Pack("withdrawUnbonded", workerpool)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackWithdrawUnbonded is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xaeffaa47.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function withdrawUnbonded(address workerpool) returns()
func (hub *Hub) TryPackWithdrawUnbonded(workerpool common.Address) ([]byte, error) {
	return hub.abi.Pack("withdrawUnbonded", workerpool)
}

// HubAccountUpdated represents a AccountUpdated event raised by the Hub contract.
type HubAccountUpdated struct {
	Account common.Address
	Balance *big.Int
	Frozen  *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const HubAccountUpdatedEventName = "AccountUpdated"

// ContractEventName returns the user-defined event name.
func (HubAccountUpdated) ContractEventName() string {
	return HubAccountUpdatedEventName
}

// UnpackAccountUpdatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event AccountUpdated(address indexed account, uint256 balance, uint256 frozen)
func (hub *Hub) UnpackAccountUpdatedEvent(log *types.Log) (*HubAccountUpdated, error) {
	event := "AccountUpdated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != hub.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(HubAccountUpdated)
	if len(log.Data) > 0 {
		if err := hub.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range hub.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// HubAppCreated represents a AppCreated event raised by the Hub contract.
type HubAppCreated struct {
	App      common.Address
	Owner    common.Address
	Kind     uint8
	Name     string
	Uri      string
	Checksum [32]byte
	Extra    []byte
	Raw      *types.Log // Blockchain specific contextual infos
}

const HubAppCreatedEventName = "AppCreated"

// ContractEventName returns the user-defined event name.
func (HubAppCreated) ContractEventName() string {
	return HubAppCreatedEventName
}

// UnpackAppCreatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event AppCreated(address indexed app, address indexed owner, uint8 kind, string name, string uri, bytes32 checksum, bytes extra)
func (hub *Hub) UnpackAppCreatedEvent(log *types.Log) (*HubAppCreated, error) {
	event := "AppCreated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != hub.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(HubAppCreated)
	if len(log.Data) > 0 {
		if err := hub.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range hub.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// HubAssetTransferred represents a AssetTransferred event raised by the Hub contract.
type HubAssetTransferred struct {
	Asset common.Address
	From  common.Address
	To    common.Address
	Raw   *types.Log // Blockchain specific contextual infos
}

const HubAssetTransferredEventName = "AssetTransferred"

// ContractEventName returns the user-defined event name.
func (HubAssetTransferred) ContractEventName() string {
	return HubAssetTransferredEventName
}

// UnpackAssetTransferredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event AssetTransferred(address indexed asset, address indexed from, address indexed to)
func (hub *Hub) UnpackAssetTransferredEvent(log *types.Log) (*HubAssetTransferred, error) {
	event := "AssetTransferred"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != hub.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(HubAssetTransferred)
	if len(log.Data) > 0 {
		if err := hub.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range hub.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// HubBondUpdated represents a BondUpdated event raised by the Hub contract.
type HubBondUpdated struct {
	Worker      common.Address
	Workerpool  common.Address
	Bonded      *big.Int
	Unbonding   *big.Int
	ReleaseTime *big.Int
	Raw         *types.Log // Blockchain specific contextual infos
}

const HubBondUpdatedEventName = "BondUpdated"

// ContractEventName returns the user-defined event name.
func (HubBondUpdated) ContractEventName() string {
	return HubBondUpdatedEventName
}

// UnpackBondUpdatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event BondUpdated(address indexed worker, address indexed workerpool, uint256 bonded, uint256 unbonding, uint256 releaseTime)
func (hub *Hub) UnpackBondUpdatedEvent(log *types.Log) (*HubBondUpdated, error) {
	event := "BondUpdated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != hub.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(HubBondUpdated)
	if len(log.Data) > 0 {
		if err := hub.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range hub.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// HubCallbackDelivered represents a CallbackDelivered event raised by the Hub contract.
type HubCallbackDelivered struct {
	Taskid   [32]byte
	Callback common.Address
	Success  bool
	Raw      *types.Log // Blockchain specific contextual infos
}

const HubCallbackDeliveredEventName = "CallbackDelivered"

// ContractEventName returns the user-defined event name.
func (HubCallbackDelivered) ContractEventName() string {
	return HubCallbackDeliveredEventName
}

// UnpackCallbackDeliveredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event CallbackDelivered(bytes32 indexed taskid, address indexed callback, bool success)
func (hub *Hub) UnpackCallbackDeliveredEvent(log *types.Log) (*HubCallbackDelivered, error) {
	event := "CallbackDelivered"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != hub.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(HubCallbackDelivered)
	if len(log.Data) > 0 {
		if err := hub.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range hub.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// HubCategoryCreated represents a CategoryCreated event raised by the Hub contract.
type HubCategoryCreated struct {
	Id          *big.Int
	Name        string
	Description string
	TimeRef     *big.Int
	Raw         *types.Log // Blockchain specific contextual infos
}

const HubCategoryCreatedEventName = "CategoryCreated"

// ContractEventName returns the user-defined event name.
func (HubCategoryCreated) ContractEventName() string {
	return HubCategoryCreatedEventName
}

// UnpackCategoryCreatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event CategoryCreated(uint256 indexed id, string name, string description, uint256 timeRef)
func (hub *Hub) UnpackCategoryCreatedEvent(log *types.Log) (*HubCategoryCreated, error) {
	event := "CategoryCreated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != hub.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(HubCategoryCreated)
	if len(log.Data) > 0 {
		if err := hub.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range hub.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// HubDatasetCreated represents a DatasetCreated event raised by the Hub contract.
type HubDatasetCreated struct {
	Dataset  common.Address
	Owner    common.Address
	Name     string
	Uri      string
	Checksum [32]byte
	Raw      *types.Log // Blockchain specific contextual infos
}

const HubDatasetCreatedEventName = "DatasetCreated"

// ContractEventName returns the user-defined event name.
func (HubDatasetCreated) ContractEventName() string {
	return HubDatasetCreatedEventName
}

// UnpackDatasetCreatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event DatasetCreated(address indexed dataset, address indexed owner, string name, string uri, bytes32 checksum)
func (hub *Hub) UnpackDatasetCreatedEvent(log *types.Log) (*HubDatasetCreated, error) {
	event := "DatasetCreated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != hub.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(HubDatasetCreated)
	if len(log.Data) > 0 {
		if err := hub.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range hub.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// HubDealCreated represents a DealCreated event raised by the Hub contract.
type HubDealCreated struct {
	Dealid      [32]byte
	Workerpool  common.Address
	Requester   common.Address
	App         common.Address
	Dataset     common.Address
	Category    *big.Int
	Trust       *big.Int
	Tag         [32]byte
	Beneficiary common.Address
	Callback    common.Address
	Params      string
	BotFirst    *big.Int
	Volume      *big.Int
	Raw         *types.Log // Blockchain specific contextual infos
}

const HubDealCreatedEventName = "DealCreated"

// ContractEventName returns the user-defined event name.
func (HubDealCreated) ContractEventName() string {
	return HubDealCreatedEventName
}

// UnpackDealCreatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event DealCreated(bytes32 indexed dealid, address indexed workerpool, address indexed requester, address app, address dataset, uint256 category, uint256 trust, bytes32 tag, address beneficiary, address callback, string params, uint256 botFirst, uint256 volume)
func (hub *Hub) UnpackDealCreatedEvent(log *types.Log) (*HubDealCreated, error) {
	event := "DealCreated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != hub.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(HubDealCreated)
	if len(log.Data) > 0 {
		if err := hub.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range hub.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// HubDeposit represents a Deposit event raised by the Hub contract.
type HubDeposit struct {
	Account common.Address
	Amount  *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const HubDepositEventName = "Deposit"

// ContractEventName returns the user-defined event name.
func (HubDeposit) ContractEventName() string {
	return HubDepositEventName
}

// UnpackDepositEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Deposit(address indexed account, uint256 amount)
func (hub *Hub) UnpackDepositEvent(log *types.Log) (*HubDeposit, error) {
	event := "Deposit"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != hub.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(HubDeposit)
	if len(log.Data) > 0 {
		if err := hub.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range hub.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// HubOrderCancelled represents a OrderCancelled event raised by the Hub contract.
type HubOrderCancelled struct {
	OrderHash [32]byte
	Owner     common.Address
	Raw       *types.Log // Blockchain specific contextual infos
}

const HubOrderCancelledEventName = "OrderCancelled"

// ContractEventName returns the user-defined event name.
func (HubOrderCancelled) ContractEventName() string {
	return HubOrderCancelledEventName
}

// UnpackOrderCancelledEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event OrderCancelled(bytes32 indexed orderHash, address indexed owner)
func (hub *Hub) UnpackOrderCancelledEvent(log *types.Log) (*HubOrderCancelled, error) {
	event := "OrderCancelled"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != hub.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(HubOrderCancelled)
	if len(log.Data) > 0 {
		if err := hub.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range hub.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// HubOrderPresigned represents a OrderPresigned event raised by the Hub contract.
type HubOrderPresigned struct {
	OrderHash [32]byte
	Owner     common.Address
	Raw       *types.Log // Blockchain specific contextual infos
}

const HubOrderPresignedEventName = "OrderPresigned"

// ContractEventName returns the user-defined event name.
func (HubOrderPresigned) ContractEventName() string {
	return HubOrderPresignedEventName
}

// UnpackOrderPresignedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event OrderPresigned(bytes32 indexed orderHash, address indexed owner)
func (hub *Hub) UnpackOrderPresignedEvent(log *types.Log) (*HubOrderPresigned, error) {
	event := "OrderPresigned"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != hub.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(HubOrderPresigned)
	if len(log.Data) > 0 {
		if err := hub.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range hub.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// HubOrdersMatched represents a OrdersMatched event raised by the Hub contract.
type HubOrdersMatched struct {
	Dealid         [32]byte
	AppHash        [32]byte
	DatasetHash    [32]byte
	WorkerpoolHash [32]byte
	RequestHash    [32]byte
	Volume         *big.Int
	Raw            *types.Log // Blockchain specific contextual infos
}

const HubOrdersMatchedEventName = "OrdersMatched"

// ContractEventName returns the user-defined event name.
func (HubOrdersMatched) ContractEventName() string {
	return HubOrdersMatchedEventName
}

// UnpackOrdersMatchedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event OrdersMatched(bytes32 indexed dealid, bytes32 appHash, bytes32 datasetHash, bytes32 workerpoolHash, bytes32 requestHash, uint256 volume)
func (hub *Hub) UnpackOrdersMatchedEvent(log *types.Log) (*HubOrdersMatched, error) {
	event := "OrdersMatched"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != hub.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(HubOrdersMatched)
	if len(log.Data) > 0 {
		if err := hub.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range hub.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// HubOwnershipTransferred represents a OwnershipTransferred event raised by the Hub contract.
type HubOwnershipTransferred struct {
	PreviousOwner common.Address
	NewOwner      common.Address
	Raw           *types.Log // Blockchain specific contextual infos
}

const HubOwnershipTransferredEventName = "OwnershipTransferred"

// ContractEventName returns the user-defined event name.
func (HubOwnershipTransferred) ContractEventName() string {
	return HubOwnershipTransferredEventName
}

// UnpackOwnershipTransferredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event OwnershipTransferred(address indexed previousOwner, address indexed newOwner)
func (hub *Hub) UnpackOwnershipTransferredEvent(log *types.Log) (*HubOwnershipTransferred, error) {
	event := "OwnershipTransferred"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != hub.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(HubOwnershipTransferred)
	if len(log.Data) > 0 {
		if err := hub.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range hub.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// HubPotUpdated represents a PotUpdated event raised by the Hub contract.
type HubPotUpdated struct {
	Pot *big.Int
	Raw *types.Log // Blockchain specific contextual infos
}

const HubPotUpdatedEventName = "PotUpdated"

// ContractEventName returns the user-defined event name.
func (HubPotUpdated) ContractEventName() string {
	return HubPotUpdatedEventName
}

// UnpackPotUpdatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event PotUpdated(uint256 pot)
func (hub *Hub) UnpackPotUpdatedEvent(log *types.Log) (*HubPotUpdated, error) {
	event := "PotUpdated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != hub.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(HubPotUpdated)
	if len(log.Data) > 0 {
		if err := hub.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range hub.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// HubScoreUpdated represents a ScoreUpdated event raised by the Hub contract.
type HubScoreUpdated struct {
	Worker common.Address
	Score  *big.Int
	Raw    *types.Log // Blockchain specific contextual infos
}

const HubScoreUpdatedEventName = "ScoreUpdated"

// ContractEventName returns the user-defined event name.
func (HubScoreUpdated) ContractEventName() string {
	return HubScoreUpdatedEventName
}

// UnpackScoreUpdatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ScoreUpdated(address indexed worker, uint256 score)
func (hub *Hub) UnpackScoreUpdatedEvent(log *types.Log) (*HubScoreUpdated, error) {
	event := "ScoreUpdated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != hub.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(HubScoreUpdated)
	if len(log.Data) > 0 {
		if err := hub.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range hub.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// HubStakeSeized represents a StakeSeized event raised by the Hub contract.
type HubStakeSeized struct {
	Taskid [32]byte
	Worker common.Address
	Amount *big.Int
	Raw    *types.Log // Blockchain specific contextual infos
}

const HubStakeSeizedEventName = "StakeSeized"

// ContractEventName returns the user-defined event name.
func (HubStakeSeized) ContractEventName() string {
	return HubStakeSeizedEventName
}

// UnpackStakeSeizedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event StakeSeized(bytes32 indexed taskid, address indexed worker, uint256 amount)
func (hub *Hub) UnpackStakeSeizedEvent(log *types.Log) (*HubStakeSeized, error) {
	event := "StakeSeized"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != hub.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(HubStakeSeized)
	if len(log.Data) > 0 {
		if err := hub.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range hub.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// HubTaskClaimed represents a TaskClaimed event raised by the Hub contract.
type HubTaskClaimed struct {
	Taskid [32]byte
	Raw    *types.Log // Blockchain specific contextual infos
}

const HubTaskClaimedEventName = "TaskClaimed"

// ContractEventName returns the user-defined event name.
func (HubTaskClaimed) ContractEventName() string {
	return HubTaskClaimedEventName
}

// UnpackTaskClaimedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event TaskClaimed(bytes32 indexed taskid)
func (hub *Hub) UnpackTaskClaimedEvent(log *types.Log) (*HubTaskClaimed, error) {
	event := "TaskClaimed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != hub.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(HubTaskClaimed)
	if len(log.Data) > 0 {
		if err := hub.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range hub.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// HubTaskConsensus represents a TaskConsensus event raised by the Hub contract.
type HubTaskConsensus struct {
	Taskid         [32]byte
	ConsensusValue [32]byte
	Raw            *types.Log // Blockchain specific contextual infos
}

const HubTaskConsensusEventName = "TaskConsensus"

// ContractEventName returns the user-defined event name.
func (HubTaskConsensus) ContractEventName() string {
	return HubTaskConsensusEventName
}

// UnpackTaskConsensusEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event TaskConsensus(bytes32 indexed taskid, bytes32 consensusValue)
func (hub *Hub) UnpackTaskConsensusEvent(log *types.Log) (*HubTaskConsensus, error) {
	event := "TaskConsensus"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != hub.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(HubTaskConsensus)
	if len(log.Data) > 0 {
		if err := hub.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range hub.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// HubTaskContribute represents a TaskContribute event raised by the Hub contract.
type HubTaskContribute struct {
	Taskid     [32]byte
	Worker     common.Address
	ResultHash [32]byte
	Raw        *types.Log // Blockchain specific contextual infos
}

const HubTaskContributeEventName = "TaskContribute"

// ContractEventName returns the user-defined event name.
func (HubTaskContribute) ContractEventName() string {
	return HubTaskContributeEventName
}

// UnpackTaskContributeEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event TaskContribute(bytes32 indexed taskid, address indexed worker, bytes32 resultHash)
func (hub *Hub) UnpackTaskContributeEvent(log *types.Log) (*HubTaskContribute, error) {
	event := "TaskContribute"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != hub.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(HubTaskContribute)
	if len(log.Data) > 0 {
		if err := hub.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range hub.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// HubTaskFinalize represents a TaskFinalize event raised by the Hub contract.
type HubTaskFinalize struct {
	Taskid  [32]byte
	Results []byte
	Raw     *types.Log // Blockchain specific contextual infos
}

const HubTaskFinalizeEventName = "TaskFinalize"

// ContractEventName returns the user-defined event name.
func (HubTaskFinalize) ContractEventName() string {
	return HubTaskFinalizeEventName
}

// UnpackTaskFinalizeEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event TaskFinalize(bytes32 indexed taskid, bytes results)
func (hub *Hub) UnpackTaskFinalizeEvent(log *types.Log) (*HubTaskFinalize, error) {
	event := "TaskFinalize"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != hub.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(HubTaskFinalize)
	if len(log.Data) > 0 {
		if err := hub.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range hub.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// HubTaskInitialize represents a TaskInitialize event raised by the Hub contract.
type HubTaskInitialize struct {
	Taskid [32]byte
	Dealid [32]byte
	Idx    *big.Int
	Raw    *types.Log // Blockchain specific contextual infos
}

const HubTaskInitializeEventName = "TaskInitialize"

// ContractEventName returns the user-defined event name.
func (HubTaskInitialize) ContractEventName() string {
	return HubTaskInitializeEventName
}

// UnpackTaskInitializeEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event TaskInitialize(bytes32 indexed taskid, bytes32 indexed dealid, uint256 idx)
func (hub *Hub) UnpackTaskInitializeEvent(log *types.Log) (*HubTaskInitialize, error) {
	event := "TaskInitialize"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != hub.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(HubTaskInitialize)
	if len(log.Data) > 0 {
		if err := hub.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range hub.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// HubTaskReopen represents a TaskReopen event raised by the Hub contract.
type HubTaskReopen struct {
	Taskid [32]byte
	Raw    *types.Log // Blockchain specific contextual infos
}

const HubTaskReopenEventName = "TaskReopen"

// ContractEventName returns the user-defined event name.
func (HubTaskReopen) ContractEventName() string {
	return HubTaskReopenEventName
}

// UnpackTaskReopenEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event TaskReopen(bytes32 indexed taskid)
func (hub *Hub) UnpackTaskReopenEvent(log *types.Log) (*HubTaskReopen, error) {
	event := "TaskReopen"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != hub.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(HubTaskReopen)
	if len(log.Data) > 0 {
		if err := hub.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range hub.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// HubTaskReveal represents a TaskReveal event raised by the Hub contract.
type HubTaskReveal struct {
	Taskid [32]byte
	Worker common.Address
	Digest [32]byte
	Raw    *types.Log // Blockchain specific contextual infos
}

const HubTaskRevealEventName = "TaskReveal"

// ContractEventName returns the user-defined event name.
func (HubTaskReveal) ContractEventName() string {
	return HubTaskRevealEventName
}

// UnpackTaskRevealEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event TaskReveal(bytes32 indexed taskid, address indexed worker, bytes32 digest)
func (hub *Hub) UnpackTaskRevealEvent(log *types.Log) (*HubTaskReveal, error) {
	event := "TaskReveal"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != hub.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(HubTaskReveal)
	if len(log.Data) > 0 {
		if err := hub.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range hub.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// HubTaskSettled represents a TaskSettled event raised by the Hub contract.
type HubTaskSettled struct {
	Taskid  [32]byte
	Digest  [32]byte
	Results []byte
	Raw     *types.Log // Blockchain specific contextual infos
}

const HubTaskSettledEventName = "TaskSettled"

// ContractEventName returns the user-defined event name.
func (HubTaskSettled) ContractEventName() string {
	return HubTaskSettledEventName
}

// UnpackTaskSettledEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event TaskSettled(bytes32 indexed taskid, bytes32 digest, bytes results)
func (hub *Hub) UnpackTaskSettledEvent(log *types.Log) (*HubTaskSettled, error) {
	event := "TaskSettled"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != hub.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(HubTaskSettled)
	if len(log.Data) > 0 {
		if err := hub.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range hub.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// HubWithdraw represents a Withdraw event raised by the Hub contract.
type HubWithdraw struct {
	Account common.Address
	Amount  *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const HubWithdrawEventName = "Withdraw"

// ContractEventName returns the user-defined event name.
func (HubWithdraw) ContractEventName() string {
	return HubWithdrawEventName
}

// UnpackWithdrawEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Withdraw(address indexed account, uint256 amount)
func (hub *Hub) UnpackWithdrawEvent(log *types.Log) (*HubWithdraw, error) {
	event := "Withdraw"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != hub.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(HubWithdraw)
	if len(log.Data) > 0 {
		if err := hub.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range hub.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// HubWorkerpoolCreated represents a WorkerpoolCreated event raised by the Hub contract.
type HubWorkerpoolCreated struct {
	Workerpool           common.Address
	Owner                common.Address
	Description          string
	WorkerStakeRatio     *big.Int
	SchedulerRewardRatio *big.Int
	Raw                  *types.Log // Blockchain specific contextual infos
}

const HubWorkerpoolCreatedEventName = "WorkerpoolCreated"

// ContractEventName returns the user-defined event name.
func (HubWorkerpoolCreated) ContractEventName() string {
	return HubWorkerpoolCreatedEventName
}

// UnpackWorkerpoolCreatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event WorkerpoolCreated(address indexed workerpool, address indexed owner, string description, uint256 workerStakeRatio, uint256 schedulerRewardRatio)
func (hub *Hub) UnpackWorkerpoolCreatedEvent(log *types.Log) (*HubWorkerpoolCreated, error) {
	event := "WorkerpoolCreated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != hub.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(HubWorkerpoolCreated)
	if len(log.Data) > 0 {
		if err := hub.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range hub.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// HubWorkerpoolPolicyUpdated represents a WorkerpoolPolicyUpdated event raised by the Hub contract.
type HubWorkerpoolPolicyUpdated struct {
	Workerpool           common.Address
	WorkerStakeRatio     *big.Int
	SchedulerRewardRatio *big.Int
	Raw                  *types.Log // Blockchain specific contextual infos
}

const HubWorkerpoolPolicyUpdatedEventName = "WorkerpoolPolicyUpdated"

// ContractEventName returns the user-defined event name.
func (HubWorkerpoolPolicyUpdated) ContractEventName() string {
	return HubWorkerpoolPolicyUpdatedEventName
}

// UnpackWorkerpoolPolicyUpdatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event WorkerpoolPolicyUpdated(address indexed workerpool, uint256 workerStakeRatio, uint256 schedulerRewardRatio)
func (hub *Hub) UnpackWorkerpoolPolicyUpdatedEvent(log *types.Log) (*HubWorkerpoolPolicyUpdated, error) {
	event := "WorkerpoolPolicyUpdated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != hub.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(HubWorkerpoolPolicyUpdated)
	if len(log.Data) > 0 {
		if err := hub.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range hub.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// HubEscrowMetaData contains all meta data concerning the HubEscrow contract.
var HubEscrowMetaData = bind.MetaData{
	ABI: "[{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"balance\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"frozen\",\"type\":\"uint256\"}],\"name\":\"AccountUpdated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"app\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"kind\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"name\",\"type\":\"string\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"uri\",\"type\":\"string\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"checksum\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"extra\",\"type\":\"bytes\"}],\"name\":\"AppCreated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"asset\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"}],\"name\":\"AssetTransferred\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"worker\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"workerpool\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"bonded\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"unbonding\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"releaseTime\",\"type\":\"uint256\"}],\"name\":\"BondUpdated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"taskid\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"callback\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"success\",\"type\":\"bool\"}],\"name\":\"CallbackDelivered\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"name\",\"type\":\"string\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"description\",\"type\":\"string\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"timeRef\",\"type\":\"uint256\"}],\"name\":\"CategoryCreated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"dataset\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"name\",\"type\":\"string\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"uri\",\"type\":\"string\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"checksum\",\"type\":\"bytes32\"}],\"name\":\"DatasetCreated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"dealid\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"workerpool\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"requester\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"app\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"dataset\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"category\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"trust\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"tag\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"beneficiary\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"callback\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"params\",\"type\":\"string\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"botFirst\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"volume\",\"type\":\"uint256\"}],\"name\":\"DealCreated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Deposit\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"orderHash\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"OrderCancelled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"orderHash\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"OrderPresigned\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"dealid\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"appHash\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"datasetHash\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"workerpoolHash\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"requestHash\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"volume\",\"type\":\"uint256\"}],\"name\":\"OrdersMatched\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"previousOwner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"OwnershipTransferred\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"pot\",\"type\":\"uint256\"}],\"name\":\"PotUpdated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"worker\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"score\",\"type\":\"uint256\"}],\"name\":\"ScoreUpdated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"taskid\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"worker\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"StakeSeized\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"taskid\",\"type\":\"bytes32\"}],\"name\":\"TaskClaimed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"taskid\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"consensusValue\",\"type\":\"bytes32\"}],\"name\":\"TaskConsensus\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"taskid\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"worker\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"resultHash\",\"type\":\"bytes32\"}],\"name\":\"TaskContribute\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"taskid\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"results\",\"type\":\"bytes\"}],\"name\":\"TaskFinalize\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"taskid\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"dealid\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"idx\",\"type\":\"uint256\"}],\"name\":\"TaskInitialize\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"taskid\",\"type\":\"bytes32\"}],\"name\":\"TaskReopen\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"taskid\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"worker\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"digest\",\"type\":\"bytes32\"}],\"name\":\"TaskReveal\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"taskid\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"digest\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"results\",\"type\":\"bytes\"}],\"name\":\"TaskSettled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Withdraw\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"workerpool\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"description\",\"type\":\"string\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"workerStakeRatio\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"schedulerRewardRatio\",\"type\":\"uint256\"}],\"name\":\"WorkerpoolCreated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"workerpool\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"workerStakeRatio\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"schedulerRewardRatio\",\"type\":\"uint256\"}],\"name\":\"WorkerpoolPolicyUpdated\",\"type\":\"event\"},{\"stateMutability\":\"nonpayable\",\"type\":\"fallback\"},{\"inputs\":[],\"name\":\"countCategory\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"name\",\"type\":\"string\"},{\"internalType\":\"uint8\",\"name\":\"kind\",\"type\":\"uint8\"},{\"internalType\":\"string\",\"name\":\"uri\",\"type\":\"string\"},{\"internalType\":\"bytes32\",\"name\":\"checksum\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"extra\",\"type\":\"bytes\"}],\"name\":\"createApp\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"app\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"name\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"description\",\"type\":\"string\"},{\"internalType\":\"uint256\",\"name\":\"timeRef\",\"type\":\"uint256\"}],\"name\":\"createCategory\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"name\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"uri\",\"type\":\"string\"},{\"internalType\":\"bytes32\",\"name\":\"checksum\",\"type\":\"bytes32\"}],\"name\":\"createDataset\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"dataset\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"description\",\"type\":\"string\"},{\"internalType\":\"uint256\",\"name\":\"workerStakeRatio\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"schedulerRewardRatio\",\"type\":\"uint256\"}],\"name\":\"createWorkerpool\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"workerpool\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"deposit\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"target\",\"type\":\"address\"}],\"name\":\"depositFor\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"owner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"pot\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"workerpool\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"workerStakeRatio\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"schedulerRewardRatio\",\"type\":\"uint256\"}],\"name\":\"setWorkerpoolPolicy\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"token\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"app\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"transferApp\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"dataset\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"transferDataset\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"transferOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"workerpool\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"transferWorkerpool\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"viewAccount\",\"outputs\":[{\"components\":[{\"internalType\":\"uint256\",\"name\":\"balance\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"frozen\",\"type\":\"uint256\"}],\"internalType\":\"structAccountView\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"app\",\"type\":\"address\"}],\"name\":\"viewApp\",\"outputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"uint8\",\"name\":\"kind\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"checksum\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"metaHash\",\"type\":\"bytes32\"}],\"internalType\":\"structAppView\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"viewCategory\",\"outputs\":[{\"components\":[{\"internalType\":\"string\",\"name\":\"name\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"description\",\"type\":\"string\"},{\"internalType\":\"uint256\",\"name\":\"timeRef\",\"type\":\"uint256\"}],\"internalType\":\"structCategoryView\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"dataset\",\"type\":\"address\"}],\"name\":\"viewDataset\",\"outputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"checksum\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"metaHash\",\"type\":\"bytes32\"}],\"internalType\":\"structDatasetView\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"worker\",\"type\":\"address\"}],\"name\":\"viewScore\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"workerpool\",\"type\":\"address\"}],\"name\":\"viewWorkerpool\",\"outputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"workerStakeRatio\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"schedulerRewardRatio\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"metaHash\",\"type\":\"bytes32\"}],\"internalType\":\"structWorkerpoolView\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"withdraw\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "ed8e45764864ad57b336dbdb289456f511",
	Bin: "0x60808060405234601557611d6d908161001a8239f35b5f80fdfe6080806040526004361015610056575b50346100525760405162461bcd60e51b8152602060048201526015602482015274343ab11d103ab735b737bbb710333ab731ba34b7b760591b6044820152606490fd5b5f80fd5b5f3560e01c9081631e143ef7146114bc5750806320d87165146112e057806327f3f0a21461111a578063298503d914610ce25780632e1a7d4d14610b5e57806336efd16f14610adb5780633ff735ea14610a365780634ba2363a14610a195780634f5f44ec146109235780635b9ee687146108725780636b55f4a51461080157806379dc28e8146107555780638da5cb5b1461072d578063aaacf8d814610689578063b6b55f251461066a578063bd8ab058146105cd578063c140996f146105b0578063db230b5214610578578063e1523fb4146104db578063f2de5569146101f8578063f2fde38b1461017b5763fc0c546a14610154575f61000f565b34610052575f366003190112610052575f546040516001600160a01b039091168152602090f35b3461005257602036600319011261005257610194611552565b6001546001600160a01b038116916101ad33841461176a565b6001600160a01b03169182906101c482151561194b565b7f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e05f80a36001600160a01b03191617600155005b346100525760a0366003190112610052576004356001600160401b0381116100525761022890369060040161157e565b9060243560ff811690818103610052576044356001600160401b0381116100525761025790369060040161157e565b919094606435936084356001600160401b0381116100525761027d90369060040161157e565b96909561028b8415156116ad565b6001831480156104d1575b1561047a576102a68615156116eb565b6102b1811515611728565b60405160208101600181523360408301526060808301526102e8826102da60808201898861168d565b03601f198101845283611620565b905190206001600160a01b039081165f8181526005602052604090208054919a929091166104355760209a8a9861040761042a966104159460028b8f6103e87fb4b1a3e899cce596c17c50298f33244ee37001f005ca5c99bdebd558e09902d99f9161038c6103da9360018060a01b0333166bffffffffffffffffffffffff60a01b895416178855879081549060ff60a01b9060a01b169060ff60a01b1916179055565b8c6001870155604051926020918d6103c88d8d6103b68d8a9889019b60608d5260808a019161168d565b878103601f190160408901529161168d565b848103601f190160608601529161168d565b03601f198101835282611620565b519020910155604051998a998a528f60a0908b015260a08a019161168d565b91878303604089015261168d565b9160608501528382036080850152339761168d565b0390a3604051908152f35b60405162461bcd60e51b815260206004820152601b60248201527f6875623a2061707020616c7265616479207265676973746572656400000000006044820152606490fd5b60405162461bcd60e51b815260206004820152602960248201527f6875623a20617070206b696e64206d757374206265203120287761736d29206f60448201526872203220286f63692960b81b6064820152608490fd5b5060028314610296565b34610052576020366003190112610052576104f4611552565b6104fc611ada565b506001600160a01b039081165f90815260056020526040902080546080928116916105288315156118ff565b60ff6002600183015492015492606060405161054381611605565b86815283602082019360a01c168352604081019485520193845260405194855251166020840152516040830152516060820152f35b34610052576020366003190112610052576001600160a01b03610599611552565b165f526004602052602060405f2054604051908152f35b34610052575f366003190112610052576020600854604051908152f35b34610052576020366003190112610052576105e6611552565b6105ee611ada565b506001600160a01b039081165f908152600760205260409020805460809281169160019061061d841515611a42565b01549060405161062c81611605565b8381526060602082019160ff8460a01c16835260ff604082019460a81c16845201928352604051938452516020840152516040830152516060820152f35b346100525760203660031901126100525761068733600435611bfe565b005b34610052576040366003190112610052576106a2611552565b6106aa611568565b6001600160a01b039182165f818152600760205260409020805490939192916106e091166106d9811515611a42565b3314611a8e565b6001600160a01b0316916106f583151561194b565b80546001600160a01b0319168317905533907f569e051b9248f960ac75a7a7da802f1038236d583e4d6f963851b860f49be8d95f80a4005b34610052575f366003190112610052576001546040516001600160a01b039091168152602090f35b346100525760403660031901126100525761076e611552565b610776611568565b6001600160a01b039182165f81815260066020526040902080549093919291166107a1811515611641565b33036107bc576001600160a01b0316916106f583151561194b565b60405162461bcd60e51b815260206004820152601a60248201527f6875623a206e6f74207468652064617461736574206f776e65720000000000006044820152606490fd5b346100525760203660031901126100525761081a611552565b5f6020604051610829816115ea565b828152015260018060a01b03165f5260036020526040805f20546001600160801b038116906020835161085b816115ea565b838152019060801c81528251918252516020820152f35b346100525760603660031901126100525761088b611552565b7f0bdcc28d7cf4f1567a2282fbb8a5991680c258ed9b48f678a1dbc2bb9fd48ff260406024356044359360018060a01b031693845f526007602052610916835f206108e460018060a01b038254166106d9811515611a42565b6108ee8385611afe565b805460ff60a81b60a885901b1661ffff60a01b1990911660ff60a01b60a087901b1617179055565b82519182526020820152a2005b34610052576020366003190112610052576004355f60408051610945816115cf565b606081526060602082015201526008548110156109dc576109686109be916117f4565b5080546109d1610994600260405194610980866115cf565b61098c600182016119a2565b8652016119a2565b602084019081526040840192835260405194859460208652516060602087015260808601906115ab565b9051848203601f190160408601526115ab565b905160608301520390f35b60405162461bcd60e51b81526020600482015260156024820152746875623a20756e6b6e6f776e2063617465676f727960581b6044820152606490fd5b34610052575f366003190112610052576020600254604051908152f35b3461005257604036600319011261005257610a4f611552565b610a57611568565b6001600160a01b039182165f8181526005602052604090208054909391929116610a828115156118ff565b3303610a9d576001600160a01b0316916106f583151561194b565b60405162461bcd60e51b8152602060048201526016602482015275343ab11d103737ba103a34329030b8381037bbb732b960511b6044820152606490fd5b3461005257604036600319011261005257610af4611568565b6001600160a01b03811615610b0f5761068790600435611bfe565b60405162461bcd60e51b815260206004820152602160248201527f6875623a206465706f73697420666f7220746865207a65726f206164647265736044820152607360f81b6064820152608490fd5b3461005257602036600319011261005257600435610b7d81151561185c565b335f52600360205260405f206001600160801b03815416828110610c9d576001600160801b0383169003916001600160801b038311610c8957610c076020926001600160801b035f95166001600160801b03198254161781556040518381527f884edad9ce6fa2440d8a54cc123490eb96d2768479d49ff9c7366125a9424364853392a233611bb0565b825460405163a9059cbb60e01b815233600482015260248101929092529092839160449183916001600160a01b03165af18015610c7e57610687915f91610c4f575b506118b3565b610c71915060203d602011610c77575b610c698183611620565b81019061189b565b82610c49565b503d610c5f565b6040513d5f823e3d90fd5b634e487b7160e01b5f52601160045260245ffd5b60405162461bcd60e51b815260206004820152601960248201527f6875623a20696e73756666696369656e742062616c616e6365000000000000006044820152606490fd5b34610052576060366003190112610052576004356001600160401b03811161005257610d1290369060040161157e565b6024356001600160401b03811161005257610d3190369060040161157e565b9260443592610d4b60018060a01b0360015416331461176a565b610d568115156116ad565b8315158061110d575b156110c9576008549360155481116110c0575b60405195610d7f876115cf565b818752610d8d3684866117af565b9660208101978852610da03683886117af565b976040820198895268010000000000000000881015610fd65760018801600855610dc9886117f4565b9290926110ad5751825551805160018301916001600160401b038211610fd657610df38354611824565b601f811161105c575b50602090601f8311600114610ff5576002949392915f9183610fea575b50508160011b915f199060031b1c19161790555b0196519687516001600160401b038111610fd657610e4b8254611824565b601f8111610f85575b50908795949392916020998a90601f8311600114610ef35791807f05053191630656a0317955178eac6c748364e24ccbf6e61b8cebf7c86157fbc1999a9492610ed796945f92610ee8575b50508160011b915f199060031b1c19161790555b610eca60405196879660608852606088019161168d565b918583038b87015261168d565b9060408301520390a2604051908152f35b015190508d80610e9f565b601f99949392919919821690835f528a5f20915f5b818110610f6b5750917f05053191630656a0317955178eac6c748364e24ccbf6e61b8cebf7c86157fbc19a9b8492610ed79897969560019510610f53575b505050811b019055610eb3565b01515f1960f88460031b161c191690558d8080610f46565b828d015184559b8e019b8d9b506001909301928e01610f08565b81811115610e545798825f5260205f20601f830160051c9060208410610fce575b81019a601f0160051c035f5b818110610fc157505098610e54565b5f8c820155600101610fb2565b5f9150610fa6565b634e487b7160e01b5f52604160045260245ffd5b015190508c80610e19565b90601f19831691845f52815f20925f5b81811061104457509160019391856002989796941061102c575b505050811b019055610e2d565b01515f1960f88460031b161c191690558c808061101f565b92936020600181928786015181550195019301611005565b82811115610dfc57835f5260205f20601f840160051c90602085106110a5575b81601f9101920160051c03905f5b828110611098575050610dfc565b5f8282015560010161108a565b5f915061107c565b634e487b7160e01b5f525f60045260245ffd5b80601555610d72565b606460405162461bcd60e51b815260206004820152602060248201527f6875623a207265666572656e63652074696d65206f7574206f662072616e67656044820152fd5b5062ffffff841115610d5f565b34610052576060366003190112610052576004356001600160401b0381116100525761114a90369060040161157e565b6024356001600160401b0381116100525761116990369060040161157e565b6044939193359161117b8415156116ad565b6111868215156116eb565b611191831515611728565b60405160208101600281523360408301526060808301526111ba826102da60808201898761168d565b60018060a01b03915190201693845f52600660205260405f209160018060a01b0383541661129b5782546001600160a01b03191633178355600183018590556040805160208181019283529888967f1566e0677924451be83f7369dd17bec1460bd4fb101d2893608b1ef76b1be76596611287959294919361127a9392600291611262816103da61124f606083018e8a61168d565b828103601f190160408401528a8c61168d565b5190209101556040519560608752606087019161168d565b918483038a86015261168d565b9360408201528033940390a3604051908152f35b60405162461bcd60e51b815260206004820152601f60248201527f6875623a206461746173657420616c72656164792072656769737465726564006044820152606490fd5b34610052576060366003190112610052576004356001600160401b0381116100525761131090369060040161157e565b9060243560443592801561147e576113288483611afe565b6040516020810160038152336040830152606080830152611351826102da60808201868961168d565b60018060a01b03915190201692835f52600760205260405f209160018060a01b0383541661142e57825460ff60a01b1933166001600160a81b03199091161760a085901b60ff60a01b1617835560209585937fd851578751765f01255191b5f579e13a7251ea3086b19ecccfd7c8e3dd4d5d2d9361141691805460ff60a81b191660a885901b60ff60a81b1617815560016040518b8101908c82526113fe816103da604082018b8961168d565b5190209101556040519360608552606085019161168d565b948783015260408201528033940390a3604051908152f35b60405162461bcd60e51b815260206004820152602260248201527f6875623a20776f726b6572706f6f6c20616c7265616479207265676973746572604482015261195960f21b6064820152608490fd5b60405162461bcd60e51b8152602060048201526016602482015275343ab11d1032b6b83a3c903232b9b1b934b83a34b7b760511b6044820152606490fd5b34610052576020366003190112610052575f60406114d8611552565b926114e2816115cf565b828152826020820152015260018060a01b03165f526006602052606060405f2060018060a01b0381541690611518821515611641565b600260018201549101549060408051611530816115cf565b8481526020810192835201918252604051928352516020830152516040820152f35b600435906001600160a01b038216820361005257565b602435906001600160a01b038216820361005257565b9181601f84011215610052578235916001600160401b038311610052576020838186019501011161005257565b805180835260209291819084018484015e5f828201840152601f01601f1916010190565b606081019081106001600160401b03821117610fd657604052565b604081019081106001600160401b03821117610fd657604052565b608081019081106001600160401b03821117610fd657604052565b90601f801991011681019081106001600160401b03821117610fd657604052565b1561164857565b60405162461bcd60e51b815260206004820152601b60248201527f6875623a2064617461736574206e6f74207265676973746572656400000000006044820152606490fd5b908060209392818452848401375f828201840152601f01601f1916010190565b156116b457565b60405162461bcd60e51b815260206004820152600f60248201526e6875623a20656d707479206e616d6560881b6044820152606490fd5b156116f257565b60405162461bcd60e51b815260206004820152600e60248201526d6875623a20656d7074792075726960901b6044820152606490fd5b1561172f57565b60405162461bcd60e51b81526020600482015260136024820152726875623a20656d70747920636865636b73756d60681b6044820152606490fd5b1561177157565b60405162461bcd60e51b8152602060048201526016602482015275343ab11d103737ba103a343290343ab11037bbb732b960511b6044820152606490fd5b9291926001600160401b038211610fd657604051916117d8601f8201601f191660200184611620565b829481845281830111610052578281602093845f960137010152565b6008548110156118105760085f52600360205f20910201905f90565b634e487b7160e01b5f52603260045260245ffd5b90600182811c92168015611852575b602083101461183e57565b634e487b7160e01b5f52602260045260245ffd5b91607f1691611833565b1561186357565b60405162461bcd60e51b815260206004820152601060248201526f1a1d588e881e995c9bc8185b5bdd5b9d60821b6044820152606490fd5b90816020910312610052575180151581036100525790565b156118ba57565b60405162461bcd60e51b815260206004820152601a60248201527f6875623a20746f6b656e207472616e73666572206661696c65640000000000006044820152606490fd5b1561190657565b60405162461bcd60e51b815260206004820152601760248201527f6875623a20617070206e6f7420726567697374657265640000000000000000006044820152606490fd5b1561195257565b60405162461bcd60e51b815260206004820152602260248201527f6875623a206e6577206f776e657220697320746865207a65726f206164647265604482015261737360f01b6064820152608490fd5b9060405191825f8254926119b584611824565b8084529360018116908115611a2057506001146119dc575b506119da92500383611620565b565b90505f9291925260205f20905f915b818310611a045750509060206119da928201015f6119cd565b60209193508060019154838589010152019101909184926119eb565b9050602092506119da94915060ff191682840152151560051b8201015f6119cd565b15611a4957565b60405162461bcd60e51b815260206004820152601e60248201527f6875623a20776f726b6572706f6f6c206e6f74207265676973746572656400006044820152606490fd5b15611a9557565b60405162461bcd60e51b815260206004820152601d60248201527f6875623a206e6f742074686520776f726b6572706f6f6c206f776e65720000006044820152606490fd5b60405190611ae782611605565b5f6060838281528260208201528260408201520152565b606410611b6157606410611b0e57565b60405162461bcd60e51b815260206004820152602560248201527f6875623a207363686564756c65722072657761726420726174696f2061626f76604482015264065203130360dc1b6064820152608490fd5b60405162461bcd60e51b815260206004820152602160248201527f6875623a20776f726b6572207374616b6520726174696f2061626f76652031306044820152600360fc1b6064820152608490fd5b9054604080516001600160801b038316815260809290921c60208301526001600160a01b03909216917f4510314558259843825372fc84b1ae19cb70b8c44805daf4808354e78a05cf6b91a2565b90611c0a82151561185c565b60018060a01b03811690815f52600360205260405f20916001600160801b03835416848101809111610c89576001600160801b0310611d23575f80546040516323b872dd60e01b8152336004820152306024820152604481018790529160209183916064918391906001600160a01b03165af18015610c7e57611c93915f91611d0457506118b3565b6001600160801b0384166001600160801b0384541601936001600160801b038511610c895760207fe1fffcc4923d04b559f4d29a8bfc6cda04eb5b0d3c460751c2402c5c5cc9109c916001600160801b036119da97166001600160801b0319875416178655604051908152a2611bb0565b611d1d915060203d602011610c7757610c698183611620565b5f610c49565b60405162461bcd60e51b81526020600482015260156024820152746875623a20616d6f756e7420746f6f206c6172676560581b6044820152606490fdfea164736f6c6343000825000a",
}

// HubEscrow is an auto generated Go binding around an Ethereum contract.
type HubEscrow struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *HubEscrow) GetABI() abi.ABI {
	return c.abi
}

// NewHubEscrow creates a new instance of HubEscrow.
func NewHubEscrow() *HubEscrow {
	parsed, err := HubEscrowMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &HubEscrow{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *HubEscrow) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackCountCategory is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc140996f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function countCategory() view returns(uint256)
func (hubEscrow *HubEscrow) PackCountCategory() []byte {
	enc, err := hubEscrow.abi.Pack("countCategory")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCountCategory is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc140996f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function countCategory() view returns(uint256)
func (hubEscrow *HubEscrow) TryPackCountCategory() ([]byte, error) {
	return hubEscrow.abi.Pack("countCategory")
}

// UnpackCountCategory is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc140996f.
//
// Solidity: function countCategory() view returns(uint256)
func (hubEscrow *HubEscrow) UnpackCountCategory(data []byte) (*big.Int, error) {
	out, err := hubEscrow.abi.Unpack("countCategory", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackCreateApp is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf2de5569.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function createApp(string name, uint8 kind, string uri, bytes32 checksum, bytes extra) returns(address app)
func (hubEscrow *HubEscrow) PackCreateApp(name string, kind uint8, uri string, checksum [32]byte, extra []byte) []byte {
	enc, err := hubEscrow.abi.Pack("createApp", name, kind, uri, checksum, extra)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCreateApp is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf2de5569.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function createApp(string name, uint8 kind, string uri, bytes32 checksum, bytes extra) returns(address app)
func (hubEscrow *HubEscrow) TryPackCreateApp(name string, kind uint8, uri string, checksum [32]byte, extra []byte) ([]byte, error) {
	return hubEscrow.abi.Pack("createApp", name, kind, uri, checksum, extra)
}

// UnpackCreateApp is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf2de5569.
//
// Solidity: function createApp(string name, uint8 kind, string uri, bytes32 checksum, bytes extra) returns(address app)
func (hubEscrow *HubEscrow) UnpackCreateApp(data []byte) (common.Address, error) {
	out, err := hubEscrow.abi.Unpack("createApp", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackCreateCategory is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x298503d9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function createCategory(string name, string description, uint256 timeRef) returns(uint256 id)
func (hubEscrow *HubEscrow) PackCreateCategory(name string, description string, timeRef *big.Int) []byte {
	enc, err := hubEscrow.abi.Pack("createCategory", name, description, timeRef)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCreateCategory is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x298503d9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function createCategory(string name, string description, uint256 timeRef) returns(uint256 id)
func (hubEscrow *HubEscrow) TryPackCreateCategory(name string, description string, timeRef *big.Int) ([]byte, error) {
	return hubEscrow.abi.Pack("createCategory", name, description, timeRef)
}

// UnpackCreateCategory is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x298503d9.
//
// Solidity: function createCategory(string name, string description, uint256 timeRef) returns(uint256 id)
func (hubEscrow *HubEscrow) UnpackCreateCategory(data []byte) (*big.Int, error) {
	out, err := hubEscrow.abi.Unpack("createCategory", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackCreateDataset is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x27f3f0a2.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function createDataset(string name, string uri, bytes32 checksum) returns(address dataset)
func (hubEscrow *HubEscrow) PackCreateDataset(name string, uri string, checksum [32]byte) []byte {
	enc, err := hubEscrow.abi.Pack("createDataset", name, uri, checksum)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCreateDataset is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x27f3f0a2.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function createDataset(string name, string uri, bytes32 checksum) returns(address dataset)
func (hubEscrow *HubEscrow) TryPackCreateDataset(name string, uri string, checksum [32]byte) ([]byte, error) {
	return hubEscrow.abi.Pack("createDataset", name, uri, checksum)
}

// UnpackCreateDataset is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x27f3f0a2.
//
// Solidity: function createDataset(string name, string uri, bytes32 checksum) returns(address dataset)
func (hubEscrow *HubEscrow) UnpackCreateDataset(data []byte) (common.Address, error) {
	out, err := hubEscrow.abi.Unpack("createDataset", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackCreateWorkerpool is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x20d87165.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function createWorkerpool(string description, uint256 workerStakeRatio, uint256 schedulerRewardRatio) returns(address workerpool)
func (hubEscrow *HubEscrow) PackCreateWorkerpool(description string, workerStakeRatio *big.Int, schedulerRewardRatio *big.Int) []byte {
	enc, err := hubEscrow.abi.Pack("createWorkerpool", description, workerStakeRatio, schedulerRewardRatio)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCreateWorkerpool is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x20d87165.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function createWorkerpool(string description, uint256 workerStakeRatio, uint256 schedulerRewardRatio) returns(address workerpool)
func (hubEscrow *HubEscrow) TryPackCreateWorkerpool(description string, workerStakeRatio *big.Int, schedulerRewardRatio *big.Int) ([]byte, error) {
	return hubEscrow.abi.Pack("createWorkerpool", description, workerStakeRatio, schedulerRewardRatio)
}

// UnpackCreateWorkerpool is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x20d87165.
//
// Solidity: function createWorkerpool(string description, uint256 workerStakeRatio, uint256 schedulerRewardRatio) returns(address workerpool)
func (hubEscrow *HubEscrow) UnpackCreateWorkerpool(data []byte) (common.Address, error) {
	out, err := hubEscrow.abi.Unpack("createWorkerpool", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackDeposit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb6b55f25.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function deposit(uint256 amount) returns()
func (hubEscrow *HubEscrow) PackDeposit(amount *big.Int) []byte {
	enc, err := hubEscrow.abi.Pack("deposit", amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDeposit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb6b55f25.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function deposit(uint256 amount) returns()
func (hubEscrow *HubEscrow) TryPackDeposit(amount *big.Int) ([]byte, error) {
	return hubEscrow.abi.Pack("deposit", amount)
}

// PackDepositFor is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x36efd16f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function depositFor(uint256 amount, address target) returns()
func (hubEscrow *HubEscrow) PackDepositFor(amount *big.Int, target common.Address) []byte {
	enc, err := hubEscrow.abi.Pack("depositFor", amount, target)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDepositFor is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x36efd16f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function depositFor(uint256 amount, address target) returns()
func (hubEscrow *HubEscrow) TryPackDepositFor(amount *big.Int, target common.Address) ([]byte, error) {
	return hubEscrow.abi.Pack("depositFor", amount, target)
}

// PackOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8da5cb5b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function owner() view returns(address)
func (hubEscrow *HubEscrow) PackOwner() []byte {
	enc, err := hubEscrow.abi.Pack("owner")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8da5cb5b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function owner() view returns(address)
func (hubEscrow *HubEscrow) TryPackOwner() ([]byte, error) {
	return hubEscrow.abi.Pack("owner")
}

// UnpackOwner is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (hubEscrow *HubEscrow) UnpackOwner(data []byte) (common.Address, error) {
	out, err := hubEscrow.abi.Unpack("owner", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackPot is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4ba2363a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function pot() view returns(uint256)
func (hubEscrow *HubEscrow) PackPot() []byte {
	enc, err := hubEscrow.abi.Pack("pot")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPot is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4ba2363a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function pot() view returns(uint256)
func (hubEscrow *HubEscrow) TryPackPot() ([]byte, error) {
	return hubEscrow.abi.Pack("pot")
}

// UnpackPot is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x4ba2363a.
//
// Solidity: function pot() view returns(uint256)
func (hubEscrow *HubEscrow) UnpackPot(data []byte) (*big.Int, error) {
	out, err := hubEscrow.abi.Unpack("pot", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackSetWorkerpoolPolicy is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5b9ee687.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setWorkerpoolPolicy(address workerpool, uint256 workerStakeRatio, uint256 schedulerRewardRatio) returns()
func (hubEscrow *HubEscrow) PackSetWorkerpoolPolicy(workerpool common.Address, workerStakeRatio *big.Int, schedulerRewardRatio *big.Int) []byte {
	enc, err := hubEscrow.abi.Pack("setWorkerpoolPolicy", workerpool, workerStakeRatio, schedulerRewardRatio)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetWorkerpoolPolicy is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5b9ee687.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setWorkerpoolPolicy(address workerpool, uint256 workerStakeRatio, uint256 schedulerRewardRatio) returns()
func (hubEscrow *HubEscrow) TryPackSetWorkerpoolPolicy(workerpool common.Address, workerStakeRatio *big.Int, schedulerRewardRatio *big.Int) ([]byte, error) {
	return hubEscrow.abi.Pack("setWorkerpoolPolicy", workerpool, workerStakeRatio, schedulerRewardRatio)
}

// PackToken is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfc0c546a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function token() view returns(address)
func (hubEscrow *HubEscrow) PackToken() []byte {
	enc, err := hubEscrow.abi.Pack("token")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackToken is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfc0c546a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function token() view returns(address)
func (hubEscrow *HubEscrow) TryPackToken() ([]byte, error) {
	return hubEscrow.abi.Pack("token")
}

// UnpackToken is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xfc0c546a.
//
// Solidity: function token() view returns(address)
func (hubEscrow *HubEscrow) UnpackToken(data []byte) (common.Address, error) {
	out, err := hubEscrow.abi.Unpack("token", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackTransferApp is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3ff735ea.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transferApp(address app, address newOwner) returns()
func (hubEscrow *HubEscrow) PackTransferApp(app common.Address, newOwner common.Address) []byte {
	enc, err := hubEscrow.abi.Pack("transferApp", app, newOwner)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTransferApp is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3ff735ea.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function transferApp(address app, address newOwner) returns()
func (hubEscrow *HubEscrow) TryPackTransferApp(app common.Address, newOwner common.Address) ([]byte, error) {
	return hubEscrow.abi.Pack("transferApp", app, newOwner)
}

// PackTransferDataset is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x79dc28e8.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transferDataset(address dataset, address newOwner) returns()
func (hubEscrow *HubEscrow) PackTransferDataset(dataset common.Address, newOwner common.Address) []byte {
	enc, err := hubEscrow.abi.Pack("transferDataset", dataset, newOwner)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTransferDataset is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x79dc28e8.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function transferDataset(address dataset, address newOwner) returns()
func (hubEscrow *HubEscrow) TryPackTransferDataset(dataset common.Address, newOwner common.Address) ([]byte, error) {
	return hubEscrow.abi.Pack("transferDataset", dataset, newOwner)
}

// PackTransferOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf2fde38b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transferOwnership(address newOwner) returns()
func (hubEscrow *HubEscrow) PackTransferOwnership(newOwner common.Address) []byte {
	enc, err := hubEscrow.abi.Pack("transferOwnership", newOwner)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTransferOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf2fde38b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function transferOwnership(address newOwner) returns()
func (hubEscrow *HubEscrow) TryPackTransferOwnership(newOwner common.Address) ([]byte, error) {
	return hubEscrow.abi.Pack("transferOwnership", newOwner)
}

// PackTransferWorkerpool is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xaaacf8d8.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transferWorkerpool(address workerpool, address newOwner) returns()
func (hubEscrow *HubEscrow) PackTransferWorkerpool(workerpool common.Address, newOwner common.Address) []byte {
	enc, err := hubEscrow.abi.Pack("transferWorkerpool", workerpool, newOwner)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTransferWorkerpool is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xaaacf8d8.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function transferWorkerpool(address workerpool, address newOwner) returns()
func (hubEscrow *HubEscrow) TryPackTransferWorkerpool(workerpool common.Address, newOwner common.Address) ([]byte, error) {
	return hubEscrow.abi.Pack("transferWorkerpool", workerpool, newOwner)
}

// PackViewAccount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6b55f4a5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function viewAccount(address account) view returns((uint256,uint256))
func (hubEscrow *HubEscrow) PackViewAccount(account common.Address) []byte {
	enc, err := hubEscrow.abi.Pack("viewAccount", account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackViewAccount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6b55f4a5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function viewAccount(address account) view returns((uint256,uint256))
func (hubEscrow *HubEscrow) TryPackViewAccount(account common.Address) ([]byte, error) {
	return hubEscrow.abi.Pack("viewAccount", account)
}

// UnpackViewAccount is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x6b55f4a5.
//
// Solidity: function viewAccount(address account) view returns((uint256,uint256))
func (hubEscrow *HubEscrow) UnpackViewAccount(data []byte) (AccountView, error) {
	out, err := hubEscrow.abi.Unpack("viewAccount", data)
	if err != nil {
		return *new(AccountView), err
	}
	out0 := *abi.ConvertType(out[0], new(AccountView)).(*AccountView)
	return out0, nil
}

// PackViewApp is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe1523fb4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function viewApp(address app) view returns((address,uint8,bytes32,bytes32))
func (hubEscrow *HubEscrow) PackViewApp(app common.Address) []byte {
	enc, err := hubEscrow.abi.Pack("viewApp", app)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackViewApp is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe1523fb4.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function viewApp(address app) view returns((address,uint8,bytes32,bytes32))
func (hubEscrow *HubEscrow) TryPackViewApp(app common.Address) ([]byte, error) {
	return hubEscrow.abi.Pack("viewApp", app)
}

// UnpackViewApp is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe1523fb4.
//
// Solidity: function viewApp(address app) view returns((address,uint8,bytes32,bytes32))
func (hubEscrow *HubEscrow) UnpackViewApp(data []byte) (AppView, error) {
	out, err := hubEscrow.abi.Unpack("viewApp", data)
	if err != nil {
		return *new(AppView), err
	}
	out0 := *abi.ConvertType(out[0], new(AppView)).(*AppView)
	return out0, nil
}

// PackViewCategory is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4f5f44ec.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function viewCategory(uint256 id) view returns((string,string,uint256))
func (hubEscrow *HubEscrow) PackViewCategory(id *big.Int) []byte {
	enc, err := hubEscrow.abi.Pack("viewCategory", id)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackViewCategory is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4f5f44ec.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function viewCategory(uint256 id) view returns((string,string,uint256))
func (hubEscrow *HubEscrow) TryPackViewCategory(id *big.Int) ([]byte, error) {
	return hubEscrow.abi.Pack("viewCategory", id)
}

// UnpackViewCategory is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x4f5f44ec.
//
// Solidity: function viewCategory(uint256 id) view returns((string,string,uint256))
func (hubEscrow *HubEscrow) UnpackViewCategory(data []byte) (CategoryView, error) {
	out, err := hubEscrow.abi.Unpack("viewCategory", data)
	if err != nil {
		return *new(CategoryView), err
	}
	out0 := *abi.ConvertType(out[0], new(CategoryView)).(*CategoryView)
	return out0, nil
}

// PackViewDataset is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1e143ef7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function viewDataset(address dataset) view returns((address,bytes32,bytes32))
func (hubEscrow *HubEscrow) PackViewDataset(dataset common.Address) []byte {
	enc, err := hubEscrow.abi.Pack("viewDataset", dataset)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackViewDataset is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1e143ef7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function viewDataset(address dataset) view returns((address,bytes32,bytes32))
func (hubEscrow *HubEscrow) TryPackViewDataset(dataset common.Address) ([]byte, error) {
	return hubEscrow.abi.Pack("viewDataset", dataset)
}

// UnpackViewDataset is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x1e143ef7.
//
// Solidity: function viewDataset(address dataset) view returns((address,bytes32,bytes32))
func (hubEscrow *HubEscrow) UnpackViewDataset(data []byte) (DatasetView, error) {
	out, err := hubEscrow.abi.Unpack("viewDataset", data)
	if err != nil {
		return *new(DatasetView), err
	}
	out0 := *abi.ConvertType(out[0], new(DatasetView)).(*DatasetView)
	return out0, nil
}

// PackViewScore is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdb230b52.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function viewScore(address worker) view returns(uint256)
func (hubEscrow *HubEscrow) PackViewScore(worker common.Address) []byte {
	enc, err := hubEscrow.abi.Pack("viewScore", worker)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackViewScore is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdb230b52.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function viewScore(address worker) view returns(uint256)
func (hubEscrow *HubEscrow) TryPackViewScore(worker common.Address) ([]byte, error) {
	return hubEscrow.abi.Pack("viewScore", worker)
}

// UnpackViewScore is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xdb230b52.
//
// Solidity: function viewScore(address worker) view returns(uint256)
func (hubEscrow *HubEscrow) UnpackViewScore(data []byte) (*big.Int, error) {
	out, err := hubEscrow.abi.Unpack("viewScore", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackViewWorkerpool is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbd8ab058.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function viewWorkerpool(address workerpool) view returns((address,uint256,uint256,bytes32))
func (hubEscrow *HubEscrow) PackViewWorkerpool(workerpool common.Address) []byte {
	enc, err := hubEscrow.abi.Pack("viewWorkerpool", workerpool)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackViewWorkerpool is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbd8ab058.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function viewWorkerpool(address workerpool) view returns((address,uint256,uint256,bytes32))
func (hubEscrow *HubEscrow) TryPackViewWorkerpool(workerpool common.Address) ([]byte, error) {
	return hubEscrow.abi.Pack("viewWorkerpool", workerpool)
}

// UnpackViewWorkerpool is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xbd8ab058.
//
// Solidity: function viewWorkerpool(address workerpool) view returns((address,uint256,uint256,bytes32))
func (hubEscrow *HubEscrow) UnpackViewWorkerpool(data []byte) (WorkerpoolView, error) {
	out, err := hubEscrow.abi.Unpack("viewWorkerpool", data)
	if err != nil {
		return *new(WorkerpoolView), err
	}
	out0 := *abi.ConvertType(out[0], new(WorkerpoolView)).(*WorkerpoolView)
	return out0, nil
}

// PackWithdraw is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2e1a7d4d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function withdraw(uint256 amount) returns()
func (hubEscrow *HubEscrow) PackWithdraw(amount *big.Int) []byte {
	enc, err := hubEscrow.abi.Pack("withdraw", amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackWithdraw is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2e1a7d4d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function withdraw(uint256 amount) returns()
func (hubEscrow *HubEscrow) TryPackWithdraw(amount *big.Int) ([]byte, error) {
	return hubEscrow.abi.Pack("withdraw", amount)
}

// HubEscrowAccountUpdated represents a AccountUpdated event raised by the HubEscrow contract.
type HubEscrowAccountUpdated struct {
	Account common.Address
	Balance *big.Int
	Frozen  *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const HubEscrowAccountUpdatedEventName = "AccountUpdated"

// ContractEventName returns the user-defined event name.
func (HubEscrowAccountUpdated) ContractEventName() string {
	return HubEscrowAccountUpdatedEventName
}

// UnpackAccountUpdatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event AccountUpdated(address indexed account, uint256 balance, uint256 frozen)
func (hubEscrow *HubEscrow) UnpackAccountUpdatedEvent(log *types.Log) (*HubEscrowAccountUpdated, error) {
	event := "AccountUpdated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != hubEscrow.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(HubEscrowAccountUpdated)
	if len(log.Data) > 0 {
		if err := hubEscrow.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range hubEscrow.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// HubEscrowAppCreated represents a AppCreated event raised by the HubEscrow contract.
type HubEscrowAppCreated struct {
	App      common.Address
	Owner    common.Address
	Kind     uint8
	Name     string
	Uri      string
	Checksum [32]byte
	Extra    []byte
	Raw      *types.Log // Blockchain specific contextual infos
}

const HubEscrowAppCreatedEventName = "AppCreated"

// ContractEventName returns the user-defined event name.
func (HubEscrowAppCreated) ContractEventName() string {
	return HubEscrowAppCreatedEventName
}

// UnpackAppCreatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event AppCreated(address indexed app, address indexed owner, uint8 kind, string name, string uri, bytes32 checksum, bytes extra)
func (hubEscrow *HubEscrow) UnpackAppCreatedEvent(log *types.Log) (*HubEscrowAppCreated, error) {
	event := "AppCreated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != hubEscrow.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(HubEscrowAppCreated)
	if len(log.Data) > 0 {
		if err := hubEscrow.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range hubEscrow.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// HubEscrowAssetTransferred represents a AssetTransferred event raised by the HubEscrow contract.
type HubEscrowAssetTransferred struct {
	Asset common.Address
	From  common.Address
	To    common.Address
	Raw   *types.Log // Blockchain specific contextual infos
}

const HubEscrowAssetTransferredEventName = "AssetTransferred"

// ContractEventName returns the user-defined event name.
func (HubEscrowAssetTransferred) ContractEventName() string {
	return HubEscrowAssetTransferredEventName
}

// UnpackAssetTransferredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event AssetTransferred(address indexed asset, address indexed from, address indexed to)
func (hubEscrow *HubEscrow) UnpackAssetTransferredEvent(log *types.Log) (*HubEscrowAssetTransferred, error) {
	event := "AssetTransferred"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != hubEscrow.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(HubEscrowAssetTransferred)
	if len(log.Data) > 0 {
		if err := hubEscrow.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range hubEscrow.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// HubEscrowBondUpdated represents a BondUpdated event raised by the HubEscrow contract.
type HubEscrowBondUpdated struct {
	Worker      common.Address
	Workerpool  common.Address
	Bonded      *big.Int
	Unbonding   *big.Int
	ReleaseTime *big.Int
	Raw         *types.Log // Blockchain specific contextual infos
}

const HubEscrowBondUpdatedEventName = "BondUpdated"

// ContractEventName returns the user-defined event name.
func (HubEscrowBondUpdated) ContractEventName() string {
	return HubEscrowBondUpdatedEventName
}

// UnpackBondUpdatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event BondUpdated(address indexed worker, address indexed workerpool, uint256 bonded, uint256 unbonding, uint256 releaseTime)
func (hubEscrow *HubEscrow) UnpackBondUpdatedEvent(log *types.Log) (*HubEscrowBondUpdated, error) {
	event := "BondUpdated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != hubEscrow.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(HubEscrowBondUpdated)
	if len(log.Data) > 0 {
		if err := hubEscrow.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range hubEscrow.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// HubEscrowCallbackDelivered represents a CallbackDelivered event raised by the HubEscrow contract.
type HubEscrowCallbackDelivered struct {
	Taskid   [32]byte
	Callback common.Address
	Success  bool
	Raw      *types.Log // Blockchain specific contextual infos
}

const HubEscrowCallbackDeliveredEventName = "CallbackDelivered"

// ContractEventName returns the user-defined event name.
func (HubEscrowCallbackDelivered) ContractEventName() string {
	return HubEscrowCallbackDeliveredEventName
}

// UnpackCallbackDeliveredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event CallbackDelivered(bytes32 indexed taskid, address indexed callback, bool success)
func (hubEscrow *HubEscrow) UnpackCallbackDeliveredEvent(log *types.Log) (*HubEscrowCallbackDelivered, error) {
	event := "CallbackDelivered"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != hubEscrow.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(HubEscrowCallbackDelivered)
	if len(log.Data) > 0 {
		if err := hubEscrow.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range hubEscrow.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// HubEscrowCategoryCreated represents a CategoryCreated event raised by the HubEscrow contract.
type HubEscrowCategoryCreated struct {
	Id          *big.Int
	Name        string
	Description string
	TimeRef     *big.Int
	Raw         *types.Log // Blockchain specific contextual infos
}

const HubEscrowCategoryCreatedEventName = "CategoryCreated"

// ContractEventName returns the user-defined event name.
func (HubEscrowCategoryCreated) ContractEventName() string {
	return HubEscrowCategoryCreatedEventName
}

// UnpackCategoryCreatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event CategoryCreated(uint256 indexed id, string name, string description, uint256 timeRef)
func (hubEscrow *HubEscrow) UnpackCategoryCreatedEvent(log *types.Log) (*HubEscrowCategoryCreated, error) {
	event := "CategoryCreated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != hubEscrow.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(HubEscrowCategoryCreated)
	if len(log.Data) > 0 {
		if err := hubEscrow.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range hubEscrow.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// HubEscrowDatasetCreated represents a DatasetCreated event raised by the HubEscrow contract.
type HubEscrowDatasetCreated struct {
	Dataset  common.Address
	Owner    common.Address
	Name     string
	Uri      string
	Checksum [32]byte
	Raw      *types.Log // Blockchain specific contextual infos
}

const HubEscrowDatasetCreatedEventName = "DatasetCreated"

// ContractEventName returns the user-defined event name.
func (HubEscrowDatasetCreated) ContractEventName() string {
	return HubEscrowDatasetCreatedEventName
}

// UnpackDatasetCreatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event DatasetCreated(address indexed dataset, address indexed owner, string name, string uri, bytes32 checksum)
func (hubEscrow *HubEscrow) UnpackDatasetCreatedEvent(log *types.Log) (*HubEscrowDatasetCreated, error) {
	event := "DatasetCreated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != hubEscrow.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(HubEscrowDatasetCreated)
	if len(log.Data) > 0 {
		if err := hubEscrow.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range hubEscrow.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// HubEscrowDealCreated represents a DealCreated event raised by the HubEscrow contract.
type HubEscrowDealCreated struct {
	Dealid      [32]byte
	Workerpool  common.Address
	Requester   common.Address
	App         common.Address
	Dataset     common.Address
	Category    *big.Int
	Trust       *big.Int
	Tag         [32]byte
	Beneficiary common.Address
	Callback    common.Address
	Params      string
	BotFirst    *big.Int
	Volume      *big.Int
	Raw         *types.Log // Blockchain specific contextual infos
}

const HubEscrowDealCreatedEventName = "DealCreated"

// ContractEventName returns the user-defined event name.
func (HubEscrowDealCreated) ContractEventName() string {
	return HubEscrowDealCreatedEventName
}

// UnpackDealCreatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event DealCreated(bytes32 indexed dealid, address indexed workerpool, address indexed requester, address app, address dataset, uint256 category, uint256 trust, bytes32 tag, address beneficiary, address callback, string params, uint256 botFirst, uint256 volume)
func (hubEscrow *HubEscrow) UnpackDealCreatedEvent(log *types.Log) (*HubEscrowDealCreated, error) {
	event := "DealCreated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != hubEscrow.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(HubEscrowDealCreated)
	if len(log.Data) > 0 {
		if err := hubEscrow.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range hubEscrow.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// HubEscrowDeposit represents a Deposit event raised by the HubEscrow contract.
type HubEscrowDeposit struct {
	Account common.Address
	Amount  *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const HubEscrowDepositEventName = "Deposit"

// ContractEventName returns the user-defined event name.
func (HubEscrowDeposit) ContractEventName() string {
	return HubEscrowDepositEventName
}

// UnpackDepositEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Deposit(address indexed account, uint256 amount)
func (hubEscrow *HubEscrow) UnpackDepositEvent(log *types.Log) (*HubEscrowDeposit, error) {
	event := "Deposit"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != hubEscrow.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(HubEscrowDeposit)
	if len(log.Data) > 0 {
		if err := hubEscrow.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range hubEscrow.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// HubEscrowOrderCancelled represents a OrderCancelled event raised by the HubEscrow contract.
type HubEscrowOrderCancelled struct {
	OrderHash [32]byte
	Owner     common.Address
	Raw       *types.Log // Blockchain specific contextual infos
}

const HubEscrowOrderCancelledEventName = "OrderCancelled"

// ContractEventName returns the user-defined event name.
func (HubEscrowOrderCancelled) ContractEventName() string {
	return HubEscrowOrderCancelledEventName
}

// UnpackOrderCancelledEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event OrderCancelled(bytes32 indexed orderHash, address indexed owner)
func (hubEscrow *HubEscrow) UnpackOrderCancelledEvent(log *types.Log) (*HubEscrowOrderCancelled, error) {
	event := "OrderCancelled"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != hubEscrow.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(HubEscrowOrderCancelled)
	if len(log.Data) > 0 {
		if err := hubEscrow.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range hubEscrow.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// HubEscrowOrderPresigned represents a OrderPresigned event raised by the HubEscrow contract.
type HubEscrowOrderPresigned struct {
	OrderHash [32]byte
	Owner     common.Address
	Raw       *types.Log // Blockchain specific contextual infos
}

const HubEscrowOrderPresignedEventName = "OrderPresigned"

// ContractEventName returns the user-defined event name.
func (HubEscrowOrderPresigned) ContractEventName() string {
	return HubEscrowOrderPresignedEventName
}

// UnpackOrderPresignedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event OrderPresigned(bytes32 indexed orderHash, address indexed owner)
func (hubEscrow *HubEscrow) UnpackOrderPresignedEvent(log *types.Log) (*HubEscrowOrderPresigned, error) {
	event := "OrderPresigned"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != hubEscrow.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(HubEscrowOrderPresigned)
	if len(log.Data) > 0 {
		if err := hubEscrow.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range hubEscrow.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// HubEscrowOrdersMatched represents a OrdersMatched event raised by the HubEscrow contract.
type HubEscrowOrdersMatched struct {
	Dealid         [32]byte
	AppHash        [32]byte
	DatasetHash    [32]byte
	WorkerpoolHash [32]byte
	RequestHash    [32]byte
	Volume         *big.Int
	Raw            *types.Log // Blockchain specific contextual infos
}

const HubEscrowOrdersMatchedEventName = "OrdersMatched"

// ContractEventName returns the user-defined event name.
func (HubEscrowOrdersMatched) ContractEventName() string {
	return HubEscrowOrdersMatchedEventName
}

// UnpackOrdersMatchedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event OrdersMatched(bytes32 indexed dealid, bytes32 appHash, bytes32 datasetHash, bytes32 workerpoolHash, bytes32 requestHash, uint256 volume)
func (hubEscrow *HubEscrow) UnpackOrdersMatchedEvent(log *types.Log) (*HubEscrowOrdersMatched, error) {
	event := "OrdersMatched"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != hubEscrow.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(HubEscrowOrdersMatched)
	if len(log.Data) > 0 {
		if err := hubEscrow.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range hubEscrow.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// HubEscrowOwnershipTransferred represents a OwnershipTransferred event raised by the HubEscrow contract.
type HubEscrowOwnershipTransferred struct {
	PreviousOwner common.Address
	NewOwner      common.Address
	Raw           *types.Log // Blockchain specific contextual infos
}

const HubEscrowOwnershipTransferredEventName = "OwnershipTransferred"

// ContractEventName returns the user-defined event name.
func (HubEscrowOwnershipTransferred) ContractEventName() string {
	return HubEscrowOwnershipTransferredEventName
}

// UnpackOwnershipTransferredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event OwnershipTransferred(address indexed previousOwner, address indexed newOwner)
func (hubEscrow *HubEscrow) UnpackOwnershipTransferredEvent(log *types.Log) (*HubEscrowOwnershipTransferred, error) {
	event := "OwnershipTransferred"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != hubEscrow.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(HubEscrowOwnershipTransferred)
	if len(log.Data) > 0 {
		if err := hubEscrow.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range hubEscrow.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// HubEscrowPotUpdated represents a PotUpdated event raised by the HubEscrow contract.
type HubEscrowPotUpdated struct {
	Pot *big.Int
	Raw *types.Log // Blockchain specific contextual infos
}

const HubEscrowPotUpdatedEventName = "PotUpdated"

// ContractEventName returns the user-defined event name.
func (HubEscrowPotUpdated) ContractEventName() string {
	return HubEscrowPotUpdatedEventName
}

// UnpackPotUpdatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event PotUpdated(uint256 pot)
func (hubEscrow *HubEscrow) UnpackPotUpdatedEvent(log *types.Log) (*HubEscrowPotUpdated, error) {
	event := "PotUpdated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != hubEscrow.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(HubEscrowPotUpdated)
	if len(log.Data) > 0 {
		if err := hubEscrow.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range hubEscrow.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// HubEscrowScoreUpdated represents a ScoreUpdated event raised by the HubEscrow contract.
type HubEscrowScoreUpdated struct {
	Worker common.Address
	Score  *big.Int
	Raw    *types.Log // Blockchain specific contextual infos
}

const HubEscrowScoreUpdatedEventName = "ScoreUpdated"

// ContractEventName returns the user-defined event name.
func (HubEscrowScoreUpdated) ContractEventName() string {
	return HubEscrowScoreUpdatedEventName
}

// UnpackScoreUpdatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ScoreUpdated(address indexed worker, uint256 score)
func (hubEscrow *HubEscrow) UnpackScoreUpdatedEvent(log *types.Log) (*HubEscrowScoreUpdated, error) {
	event := "ScoreUpdated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != hubEscrow.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(HubEscrowScoreUpdated)
	if len(log.Data) > 0 {
		if err := hubEscrow.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range hubEscrow.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// HubEscrowStakeSeized represents a StakeSeized event raised by the HubEscrow contract.
type HubEscrowStakeSeized struct {
	Taskid [32]byte
	Worker common.Address
	Amount *big.Int
	Raw    *types.Log // Blockchain specific contextual infos
}

const HubEscrowStakeSeizedEventName = "StakeSeized"

// ContractEventName returns the user-defined event name.
func (HubEscrowStakeSeized) ContractEventName() string {
	return HubEscrowStakeSeizedEventName
}

// UnpackStakeSeizedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event StakeSeized(bytes32 indexed taskid, address indexed worker, uint256 amount)
func (hubEscrow *HubEscrow) UnpackStakeSeizedEvent(log *types.Log) (*HubEscrowStakeSeized, error) {
	event := "StakeSeized"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != hubEscrow.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(HubEscrowStakeSeized)
	if len(log.Data) > 0 {
		if err := hubEscrow.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range hubEscrow.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// HubEscrowTaskClaimed represents a TaskClaimed event raised by the HubEscrow contract.
type HubEscrowTaskClaimed struct {
	Taskid [32]byte
	Raw    *types.Log // Blockchain specific contextual infos
}

const HubEscrowTaskClaimedEventName = "TaskClaimed"

// ContractEventName returns the user-defined event name.
func (HubEscrowTaskClaimed) ContractEventName() string {
	return HubEscrowTaskClaimedEventName
}

// UnpackTaskClaimedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event TaskClaimed(bytes32 indexed taskid)
func (hubEscrow *HubEscrow) UnpackTaskClaimedEvent(log *types.Log) (*HubEscrowTaskClaimed, error) {
	event := "TaskClaimed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != hubEscrow.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(HubEscrowTaskClaimed)
	if len(log.Data) > 0 {
		if err := hubEscrow.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range hubEscrow.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// HubEscrowTaskConsensus represents a TaskConsensus event raised by the HubEscrow contract.
type HubEscrowTaskConsensus struct {
	Taskid         [32]byte
	ConsensusValue [32]byte
	Raw            *types.Log // Blockchain specific contextual infos
}

const HubEscrowTaskConsensusEventName = "TaskConsensus"

// ContractEventName returns the user-defined event name.
func (HubEscrowTaskConsensus) ContractEventName() string {
	return HubEscrowTaskConsensusEventName
}

// UnpackTaskConsensusEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event TaskConsensus(bytes32 indexed taskid, bytes32 consensusValue)
func (hubEscrow *HubEscrow) UnpackTaskConsensusEvent(log *types.Log) (*HubEscrowTaskConsensus, error) {
	event := "TaskConsensus"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != hubEscrow.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(HubEscrowTaskConsensus)
	if len(log.Data) > 0 {
		if err := hubEscrow.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range hubEscrow.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// HubEscrowTaskContribute represents a TaskContribute event raised by the HubEscrow contract.
type HubEscrowTaskContribute struct {
	Taskid     [32]byte
	Worker     common.Address
	ResultHash [32]byte
	Raw        *types.Log // Blockchain specific contextual infos
}

const HubEscrowTaskContributeEventName = "TaskContribute"

// ContractEventName returns the user-defined event name.
func (HubEscrowTaskContribute) ContractEventName() string {
	return HubEscrowTaskContributeEventName
}

// UnpackTaskContributeEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event TaskContribute(bytes32 indexed taskid, address indexed worker, bytes32 resultHash)
func (hubEscrow *HubEscrow) UnpackTaskContributeEvent(log *types.Log) (*HubEscrowTaskContribute, error) {
	event := "TaskContribute"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != hubEscrow.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(HubEscrowTaskContribute)
	if len(log.Data) > 0 {
		if err := hubEscrow.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range hubEscrow.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// HubEscrowTaskFinalize represents a TaskFinalize event raised by the HubEscrow contract.
type HubEscrowTaskFinalize struct {
	Taskid  [32]byte
	Results []byte
	Raw     *types.Log // Blockchain specific contextual infos
}

const HubEscrowTaskFinalizeEventName = "TaskFinalize"

// ContractEventName returns the user-defined event name.
func (HubEscrowTaskFinalize) ContractEventName() string {
	return HubEscrowTaskFinalizeEventName
}

// UnpackTaskFinalizeEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event TaskFinalize(bytes32 indexed taskid, bytes results)
func (hubEscrow *HubEscrow) UnpackTaskFinalizeEvent(log *types.Log) (*HubEscrowTaskFinalize, error) {
	event := "TaskFinalize"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != hubEscrow.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(HubEscrowTaskFinalize)
	if len(log.Data) > 0 {
		if err := hubEscrow.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range hubEscrow.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// HubEscrowTaskInitialize represents a TaskInitialize event raised by the HubEscrow contract.
type HubEscrowTaskInitialize struct {
	Taskid [32]byte
	Dealid [32]byte
	Idx    *big.Int
	Raw    *types.Log // Blockchain specific contextual infos
}

const HubEscrowTaskInitializeEventName = "TaskInitialize"

// ContractEventName returns the user-defined event name.
func (HubEscrowTaskInitialize) ContractEventName() string {
	return HubEscrowTaskInitializeEventName
}

// UnpackTaskInitializeEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event TaskInitialize(bytes32 indexed taskid, bytes32 indexed dealid, uint256 idx)
func (hubEscrow *HubEscrow) UnpackTaskInitializeEvent(log *types.Log) (*HubEscrowTaskInitialize, error) {
	event := "TaskInitialize"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != hubEscrow.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(HubEscrowTaskInitialize)
	if len(log.Data) > 0 {
		if err := hubEscrow.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range hubEscrow.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// HubEscrowTaskReopen represents a TaskReopen event raised by the HubEscrow contract.
type HubEscrowTaskReopen struct {
	Taskid [32]byte
	Raw    *types.Log // Blockchain specific contextual infos
}

const HubEscrowTaskReopenEventName = "TaskReopen"

// ContractEventName returns the user-defined event name.
func (HubEscrowTaskReopen) ContractEventName() string {
	return HubEscrowTaskReopenEventName
}

// UnpackTaskReopenEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event TaskReopen(bytes32 indexed taskid)
func (hubEscrow *HubEscrow) UnpackTaskReopenEvent(log *types.Log) (*HubEscrowTaskReopen, error) {
	event := "TaskReopen"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != hubEscrow.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(HubEscrowTaskReopen)
	if len(log.Data) > 0 {
		if err := hubEscrow.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range hubEscrow.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// HubEscrowTaskReveal represents a TaskReveal event raised by the HubEscrow contract.
type HubEscrowTaskReveal struct {
	Taskid [32]byte
	Worker common.Address
	Digest [32]byte
	Raw    *types.Log // Blockchain specific contextual infos
}

const HubEscrowTaskRevealEventName = "TaskReveal"

// ContractEventName returns the user-defined event name.
func (HubEscrowTaskReveal) ContractEventName() string {
	return HubEscrowTaskRevealEventName
}

// UnpackTaskRevealEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event TaskReveal(bytes32 indexed taskid, address indexed worker, bytes32 digest)
func (hubEscrow *HubEscrow) UnpackTaskRevealEvent(log *types.Log) (*HubEscrowTaskReveal, error) {
	event := "TaskReveal"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != hubEscrow.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(HubEscrowTaskReveal)
	if len(log.Data) > 0 {
		if err := hubEscrow.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range hubEscrow.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// HubEscrowTaskSettled represents a TaskSettled event raised by the HubEscrow contract.
type HubEscrowTaskSettled struct {
	Taskid  [32]byte
	Digest  [32]byte
	Results []byte
	Raw     *types.Log // Blockchain specific contextual infos
}

const HubEscrowTaskSettledEventName = "TaskSettled"

// ContractEventName returns the user-defined event name.
func (HubEscrowTaskSettled) ContractEventName() string {
	return HubEscrowTaskSettledEventName
}

// UnpackTaskSettledEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event TaskSettled(bytes32 indexed taskid, bytes32 digest, bytes results)
func (hubEscrow *HubEscrow) UnpackTaskSettledEvent(log *types.Log) (*HubEscrowTaskSettled, error) {
	event := "TaskSettled"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != hubEscrow.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(HubEscrowTaskSettled)
	if len(log.Data) > 0 {
		if err := hubEscrow.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range hubEscrow.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// HubEscrowWithdraw represents a Withdraw event raised by the HubEscrow contract.
type HubEscrowWithdraw struct {
	Account common.Address
	Amount  *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const HubEscrowWithdrawEventName = "Withdraw"

// ContractEventName returns the user-defined event name.
func (HubEscrowWithdraw) ContractEventName() string {
	return HubEscrowWithdrawEventName
}

// UnpackWithdrawEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Withdraw(address indexed account, uint256 amount)
func (hubEscrow *HubEscrow) UnpackWithdrawEvent(log *types.Log) (*HubEscrowWithdraw, error) {
	event := "Withdraw"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != hubEscrow.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(HubEscrowWithdraw)
	if len(log.Data) > 0 {
		if err := hubEscrow.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range hubEscrow.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// HubEscrowWorkerpoolCreated represents a WorkerpoolCreated event raised by the HubEscrow contract.
type HubEscrowWorkerpoolCreated struct {
	Workerpool           common.Address
	Owner                common.Address
	Description          string
	WorkerStakeRatio     *big.Int
	SchedulerRewardRatio *big.Int
	Raw                  *types.Log // Blockchain specific contextual infos
}

const HubEscrowWorkerpoolCreatedEventName = "WorkerpoolCreated"

// ContractEventName returns the user-defined event name.
func (HubEscrowWorkerpoolCreated) ContractEventName() string {
	return HubEscrowWorkerpoolCreatedEventName
}

// UnpackWorkerpoolCreatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event WorkerpoolCreated(address indexed workerpool, address indexed owner, string description, uint256 workerStakeRatio, uint256 schedulerRewardRatio)
func (hubEscrow *HubEscrow) UnpackWorkerpoolCreatedEvent(log *types.Log) (*HubEscrowWorkerpoolCreated, error) {
	event := "WorkerpoolCreated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != hubEscrow.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(HubEscrowWorkerpoolCreated)
	if len(log.Data) > 0 {
		if err := hubEscrow.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range hubEscrow.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// HubEscrowWorkerpoolPolicyUpdated represents a WorkerpoolPolicyUpdated event raised by the HubEscrow contract.
type HubEscrowWorkerpoolPolicyUpdated struct {
	Workerpool           common.Address
	WorkerStakeRatio     *big.Int
	SchedulerRewardRatio *big.Int
	Raw                  *types.Log // Blockchain specific contextual infos
}

const HubEscrowWorkerpoolPolicyUpdatedEventName = "WorkerpoolPolicyUpdated"

// ContractEventName returns the user-defined event name.
func (HubEscrowWorkerpoolPolicyUpdated) ContractEventName() string {
	return HubEscrowWorkerpoolPolicyUpdatedEventName
}

// UnpackWorkerpoolPolicyUpdatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event WorkerpoolPolicyUpdated(address indexed workerpool, uint256 workerStakeRatio, uint256 schedulerRewardRatio)
func (hubEscrow *HubEscrow) UnpackWorkerpoolPolicyUpdatedEvent(log *types.Log) (*HubEscrowWorkerpoolPolicyUpdated, error) {
	event := "WorkerpoolPolicyUpdated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != hubEscrow.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(HubEscrowWorkerpoolPolicyUpdated)
	if len(log.Data) > 0 {
		if err := hubEscrow.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range hubEscrow.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// HubMarketMetaData contains all meta data concerning the HubMarket contract.
var HubMarketMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"next\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"balance\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"frozen\",\"type\":\"uint256\"}],\"name\":\"AccountUpdated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"app\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"kind\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"name\",\"type\":\"string\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"uri\",\"type\":\"string\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"checksum\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"extra\",\"type\":\"bytes\"}],\"name\":\"AppCreated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"asset\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"}],\"name\":\"AssetTransferred\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"worker\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"workerpool\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"bonded\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"unbonding\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"releaseTime\",\"type\":\"uint256\"}],\"name\":\"BondUpdated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"taskid\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"callback\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"success\",\"type\":\"bool\"}],\"name\":\"CallbackDelivered\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"name\",\"type\":\"string\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"description\",\"type\":\"string\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"timeRef\",\"type\":\"uint256\"}],\"name\":\"CategoryCreated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"dataset\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"name\",\"type\":\"string\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"uri\",\"type\":\"string\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"checksum\",\"type\":\"bytes32\"}],\"name\":\"DatasetCreated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"dealid\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"workerpool\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"requester\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"app\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"dataset\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"category\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"trust\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"tag\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"beneficiary\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"callback\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"params\",\"type\":\"string\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"botFirst\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"volume\",\"type\":\"uint256\"}],\"name\":\"DealCreated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Deposit\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"orderHash\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"OrderCancelled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"orderHash\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"OrderPresigned\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"dealid\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"appHash\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"datasetHash\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"workerpoolHash\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"requestHash\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"volume\",\"type\":\"uint256\"}],\"name\":\"OrdersMatched\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"previousOwner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"OwnershipTransferred\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"pot\",\"type\":\"uint256\"}],\"name\":\"PotUpdated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"worker\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"score\",\"type\":\"uint256\"}],\"name\":\"ScoreUpdated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"taskid\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"worker\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"StakeSeized\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"taskid\",\"type\":\"bytes32\"}],\"name\":\"TaskClaimed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"taskid\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"consensusValue\",\"type\":\"bytes32\"}],\"name\":\"TaskConsensus\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"taskid\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"worker\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"resultHash\",\"type\":\"bytes32\"}],\"name\":\"TaskContribute\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"taskid\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"results\",\"type\":\"bytes\"}],\"name\":\"TaskFinalize\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"taskid\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"dealid\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"idx\",\"type\":\"uint256\"}],\"name\":\"TaskInitialize\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"taskid\",\"type\":\"bytes32\"}],\"name\":\"TaskReopen\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"taskid\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"worker\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"digest\",\"type\":\"bytes32\"}],\"name\":\"TaskReveal\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"taskid\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"digest\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"results\",\"type\":\"bytes\"}],\"name\":\"TaskSettled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Withdraw\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"workerpool\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"description\",\"type\":\"string\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"workerStakeRatio\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"schedulerRewardRatio\",\"type\":\"uint256\"}],\"name\":\"WorkerpoolCreated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"workerpool\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"workerStakeRatio\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"schedulerRewardRatio\",\"type\":\"uint256\"}],\"name\":\"WorkerpoolPolicyUpdated\",\"type\":\"event\"},{\"stateMutability\":\"nonpayable\",\"type\":\"fallback\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"app\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"appprice\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"volume\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"tag\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"datasetrestrict\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"workerpoolrestrict\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"requesterrestrict\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"sign\",\"type\":\"bytes\"}],\"internalType\":\"structAppOrder\",\"name\":\"o\",\"type\":\"tuple\"}],\"name\":\"cancelAppOrder\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"dataset\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"datasetprice\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"volume\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"tag\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"apprestrict\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"workerpoolrestrict\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"requesterrestrict\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"sign\",\"type\":\"bytes\"}],\"internalType\":\"structDatasetOrder\",\"name\":\"o\",\"type\":\"tuple\"}],\"name\":\"cancelDatasetOrder\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"app\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"appmaxprice\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"dataset\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"datasetmaxprice\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"workerpool\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"workerpoolmaxprice\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"requester\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"volume\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"tag\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"category\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"trust\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"beneficiary\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"callback\",\"type\":\"address\"},{\"internalType\":\"string\",\"name\":\"params\",\"type\":\"string\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"sign\",\"type\":\"bytes\"}],\"internalType\":\"structRequestOrder\",\"name\":\"o\",\"type\":\"tuple\"}],\"name\":\"cancelRequestOrder\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"workerpool\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"workerpoolprice\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"volume\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"tag\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"category\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"trust\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"apprestrict\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"datasetrestrict\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"requesterrestrict\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"sign\",\"type\":\"bytes\"}],\"internalType\":\"structWorkerpoolOrder\",\"name\":\"o\",\"type\":\"tuple\"}],\"name\":\"cancelWorkerpoolOrder\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"domainSeparator\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"app\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"appprice\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"volume\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"tag\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"datasetrestrict\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"workerpoolrestrict\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"requesterrestrict\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"sign\",\"type\":\"bytes\"}],\"internalType\":\"structAppOrder\",\"name\":\"o\",\"type\":\"tuple\"}],\"name\":\"hashAppOrder\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"dataset\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"datasetprice\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"volume\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"tag\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"apprestrict\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"workerpoolrestrict\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"requesterrestrict\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"sign\",\"type\":\"bytes\"}],\"internalType\":\"structDatasetOrder\",\"name\":\"o\",\"type\":\"tuple\"}],\"name\":\"hashDatasetOrder\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"app\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"appmaxprice\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"dataset\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"datasetmaxprice\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"workerpool\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"workerpoolmaxprice\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"requester\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"volume\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"tag\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"category\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"trust\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"beneficiary\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"callback\",\"type\":\"address\"},{\"internalType\":\"string\",\"name\":\"params\",\"type\":\"string\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"sign\",\"type\":\"bytes\"}],\"internalType\":\"structRequestOrder\",\"name\":\"o\",\"type\":\"tuple\"}],\"name\":\"hashRequestOrder\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"workerpool\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"workerpoolprice\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"volume\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"tag\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"category\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"trust\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"apprestrict\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"datasetrestrict\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"requesterrestrict\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"sign\",\"type\":\"bytes\"}],\"internalType\":\"structWorkerpoolOrder\",\"name\":\"o\",\"type\":\"tuple\"}],\"name\":\"hashWorkerpoolOrder\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"app\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"appprice\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"volume\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"tag\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"datasetrestrict\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"workerpoolrestrict\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"requesterrestrict\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"sign\",\"type\":\"bytes\"}],\"internalType\":\"structAppOrder\",\"name\":\"a\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"dataset\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"datasetprice\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"volume\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"tag\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"apprestrict\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"workerpoolrestrict\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"requesterrestrict\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"sign\",\"type\":\"bytes\"}],\"internalType\":\"structDatasetOrder\",\"name\":\"d\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"workerpool\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"workerpoolprice\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"volume\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"tag\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"category\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"trust\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"apprestrict\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"datasetrestrict\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"requesterrestrict\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"sign\",\"type\":\"bytes\"}],\"internalType\":\"structWorkerpoolOrder\",\"name\":\"w\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"app\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"appmaxprice\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"dataset\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"datasetmaxprice\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"workerpool\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"workerpoolmaxprice\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"requester\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"volume\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"tag\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"category\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"trust\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"beneficiary\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"callback\",\"type\":\"address\"},{\"internalType\":\"string\",\"name\":\"params\",\"type\":\"string\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"sign\",\"type\":\"bytes\"}],\"internalType\":\"structRequestOrder\",\"name\":\"r\",\"type\":\"tuple\"}],\"name\":\"matchOrders\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"dealid\",\"type\":\"bytes32\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"app\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"appprice\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"volume\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"tag\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"datasetrestrict\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"workerpoolrestrict\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"requesterrestrict\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"sign\",\"type\":\"bytes\"}],\"internalType\":\"structAppOrder\",\"name\":\"o\",\"type\":\"tuple\"}],\"name\":\"presignAppOrder\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"dataset\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"datasetprice\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"volume\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"tag\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"apprestrict\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"workerpoolrestrict\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"requesterrestrict\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"sign\",\"type\":\"bytes\"}],\"internalType\":\"structDatasetOrder\",\"name\":\"o\",\"type\":\"tuple\"}],\"name\":\"presignDatasetOrder\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"app\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"appmaxprice\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"dataset\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"datasetmaxprice\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"workerpool\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"workerpoolmaxprice\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"requester\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"volume\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"tag\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"category\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"trust\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"beneficiary\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"callback\",\"type\":\"address\"},{\"internalType\":\"string\",\"name\":\"params\",\"type\":\"string\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"sign\",\"type\":\"bytes\"}],\"internalType\":\"structRequestOrder\",\"name\":\"o\",\"type\":\"tuple\"}],\"name\":\"presignRequestOrder\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"workerpool\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"workerpoolprice\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"volume\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"tag\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"category\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"trust\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"apprestrict\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"datasetrestrict\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"requesterrestrict\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"sign\",\"type\":\"bytes\"}],\"internalType\":\"structWorkerpoolOrder\",\"name\":\"o\",\"type\":\"tuple\"}],\"name\":\"presignWorkerpoolOrder\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"orderHash\",\"type\":\"bytes32\"}],\"name\":\"viewConsumed\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"dealid\",\"type\":\"bytes32\"}],\"name\":\"viewDeal\",\"outputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"requester\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"volume\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"trust\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"startTime\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"category\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"timeRef\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"appOwner\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"appPrice\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"datasetOwner\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"datasetPrice\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"scheduler\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"workerpoolPrice\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"workerStakeRatio\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"schedulerRewardRatio\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"schedulerStake\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"workerStake\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"callback\",\"type\":\"address\"},{\"internalType\":\"bool\",\"name\":\"batched\",\"type\":\"bool\"},{\"internalType\":\"address\",\"name\":\"workerpool\",\"type\":\"address\"}],\"internalType\":\"structDealView\",\"name\":\"v\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"orderHash\",\"type\":\"bytes32\"}],\"name\":\"viewPresigned\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	ID:  "88949a3a2a66dc0bc914123942e62463f9",
	Bin: "0x60a034606557601f612a6a38819003918201601f19168301916001600160401b03831184841017606957808492602094604052833981010312606557516001600160a01b03811681036065576080526040516129ec908161007e82396080518160200152f35b5f80fd5b634e487b7160e01b5f52604160045260245ffdfe60806040526004361015610056575b3461005257604051365f82375f8036837f00000000000000000000000000000000000000000000000000000000000000005af43d5f833e1561004e573d90f35b3d90fd5b5f80fd5b5f3560e01c806309ec0f4a14611ec0578063156194d41461073957806338a754b41461070e5780634b2bec8c146106e457806350499def146106cc578063555859c71461067b5780636a8105781461063257806384724ddf146105e15780638b5f7cfd146105c9578063a0518806146105b6578063ae510d191461055c578063afce7e391461050e578063b74861b2146101b6578063bd96cee9146101a3578063d286eb1614610174578063df47e347146101375763f698da250361000e5734610052575f36600319011261005257602061012f612816565b604051908152f35b346100525761017261016d61014b36611f3d565b61016861015a60c08301611fa5565b610162612067565b90612596565b61237b565b6125c0565b005b34610052576020366003190112610052576004355f52600a602052602060ff60405f2054166040519015158152f35b3461005257602061012f61016836611f3d565b346100525760203660031901126100525760405161026081018181106001600160401b038211176104fa576040525f81525f60208201525f60408201525f60608201525f60808201525f60a08201525f60c08201525f60e08201525f6101008201525f6101208201525f6101408201525f6101608201525f6101808201525f6101a08201525f6101c08201525f6101e08201525f6102008201525f6102208201525f6102408201526004355f52600b60205260405f2090815460018060a01b03811680156104c157825263ffffffff8160a01c16602083015262ffffff8160c01c16604083015260d81c60608201526002820154918260e01c60808301526001600160401b0360018201549362ffffff8560e01c1660a085015260018060a01b03851660c0850152818560a01c1660e085015260018060a01b03811661010085015260a01c1661012083015260038101549260018060a01b0384166101408401526001600160401b038460a01c168061016085015260ff808660e01c16958661018087015260e81c166101a0850152601e8102818104601e14821517156104ad57610260956064928361036f93046101c0880152612022565b046101e084015260018060a01b0360048301541661020084015260f81c1515610220830152600560018060a01b03910154166102408201526040519060018060a01b0381511682526020810151602083015260408101516040830152606081015160608301526080810151608083015260a081015160a083015260018060a01b0360c08201511660c083015260e081015160e083015260018060a01b036101008201511661010083015261012081015161012083015260018060a01b03610140820151166101408301526101608101516101608301526101808101516101808301526101a08101516101a08301526101c08101516101c08301526101e08101516101e083015260018060a01b0361020082015116610200830152610220810151151561022083015261024060018060a01b0391015116610240820152f35b634e487b7160e01b5f52601160045260245ffd5b60405162461bcd60e51b81526020600482015260116024820152701a1d588e881d5b9adb9bdddb881919585b607a1b6044820152606490fd5b634e487b7160e01b5f52604160045260245ffd5b346100525761017261016d61052236611f71565b6001600160a01b0361053382611fa5565b165f90815260076020526040902054610557906001600160a01b0316610162612340565b61225c565b346100525761017261056d36611f71565b6001600160a01b0361057e82611fa5565b165f908152600760205260409020546105a2906001600160a01b0316610162612340565b60406105ad8261225c565b91013590612750565b3461005257602061012f61055736611f71565b3461005257602061012f6105dc36611f09565b61219b565b34610052576101726105f236611f09565b6001600160a01b0361060382611fa5565b165f90815260056020526040902054610627906001600160a01b0316610162612167565b60406105ad8261219b565b346100525761017261016d61064636611f09565b6001600160a01b0361065782611fa5565b165f908152600560205260409020546105dc906001600160a01b0316610162612167565b346100525761017261068c36611f09565b6001600160a01b0361069d82611fa5565b165f908152600660205260409020546106c1906001600160a01b0316610162611fda565b60406105ad8261209b565b3461005257602061012f6106df36611f09565b61209b565b34610052576020366003190112610052576004355f526009602052602060405f2054604051908152f35b346100525761017261071f36611f3d565b61072e61015a60c08301611fa5565b60e06105ad8261237b565b34610052576080366003190112610052576001600160401b03600435116100525761012060043536036003190112610052576001600160401b03602435116100525761012060243536036003190112610052576001600160401b03604435116100525761016060443536036003190112610052576001600160401b03606435116100525761020060643536036003190112610052576001600160a01b036107e4606435604401611fa5565b16151560085461012460643501351015611e835760846044350135610124606435013503611e455760a46044350135610144606435013511611de85762ffffff610144606435013511611dac5761083f606435600401611fa5565b6001600160a01b036108546004803501611fa5565b166001600160a01b0390911603611d7357610873604460643501611fa5565b6001600160a01b03610889600460243501611fa5565b166001600160a01b0390911603611d36576064356084016001600160a01b036108b182611fa5565b1615908115611d02575b5015611cbd57602460043501356024606435013510611c6c576024604435013560a4606435013510611c13576001600160401b0360246004350135111580611bfc575b61090790612658565b806101046064350135606460043501351790611962575b60646044350135191661190a576004356084016001600160a01b0361094282611fa5565b16159081156118d6575b50156118855760043560a4016001600160a01b0361096982611fa5565b1615908115611851575b50156117fc5760043560c4016001600160a01b0361099082611fa5565b16159081156117c8575b50156117745760443560c4016001600160a01b036109b782611fa5565b1615908115611741575b50156116ec5760443560e4016001600160a01b036109de82611fa5565b16159081156116b8575b501561165f57604435610104016001600160a01b03610a0682611fa5565b161590811561162b575b50156115d05760405190816101608101106001600160401b03610160840111176104fa5761016082016040525f82525f60208301525f60408301525f60608301525f60808301525f60a08301525f60c08301525f60e08301525f6101008301525f6101208301525f61014083015260018060a01b03610a93600435600401611fa5565b165f908152600560205260409020546001600160a01b03168083521561158b5780611511575b6001600160a01b03610acf600460443501611fa5565b165f52600760205260405f205460018060a01b038116806040850152156114cc578060ff809260a01c16606085015260a81c16608083015260085f5260036101246064350135027ff3f7a9fe364faab93b216da50a3214154f22a0a2b415b23a84c8169e8b636ee30154610140830152610b7d610b5060043560040161219b565b60a0840181905283516001600160a01b0316610b756004803561010481019101612035565b9290916128ae565b1561148857806113f9575b610bc2610b9960443560040161225c565b60e0840181905260408401516001600160a01b0316610b75604435610144810190600401612035565b156113a457610c02610bd860643560040161237b565b80610100850152610bed60c460643501611fa5565b610b756101e460643501606435600401612035565b156113535780610c1c60a0840151604460043501356128fd565b9061132a575b610c3560e08401516044803501356128fd565b8082101561132357505b610c5461010084015160e460643501356128fd565b8082101561131c57505b80156112c25763ffffffff8111611285576101208301526101008201515f52600960205260405f20546101008301516040516020810191825282604082015260408152610cac606082611fb9565b519020918061012085015160a08601515f526009602052610cd260405f20918254612015565b905561125d575b61012084015160e08501515f526009602052610cfa60405f20918254612015565b9055610d0b61012085015183612015565b6101008501515f52600960205260405f20555f1461125657602480350135905b610d3960c460643501611fa5565b91610dc0610d6b610d5f60246044350135610d5a8560246004350135612015565b612015565b61012088015190612022565b9360609460405191610d7d8784611fb9565b602b83527f6875623a207265717565737465722062616c616e636520746f6f206c6f77206660208401526a1bdc881d1a19481919585b60aa1b60408401526126a8565b6040850151601e60246044350135818102976001600160a01b03909316929181890414901517156104ad5761016061012094877fd811b592ed0899225773e8933d8df64bd0b62761a9d7aad4ed5b22735f4610a460a08297610ea48b7fa05a44a55070a729c816199e5f7a0a102b8747786cbb6b56e9c2ccc1e0f0866d9960209f610e529060648f8d01519104612022565b90610e606040519384611fb9565b602c83527f6875623a207363686564756c65722062616c616e636520746f6f206c6f77206660208401526b6f7220697473207374616b6560a01b60408401526126a8565b835f52600b8d5260405f20600180841b03610ec360c460643501611fa5565b82548a8e0151606435610144013560c01b62ffffff60c01b165f196001808a1b919091016001600160601b038a1b9485169690951695909517841663ffffffff8316891b17174260d81b6001600160d81b0319161785558b51938501805467ffffffffffffffff60a01b1993169490931693909317166004356024013560a01b67ffffffffffffffff60a01b16179055916101408901516001838101805462ffffff60e01b191660e09390931b62ffffff60e01b169290921790915560208a015160028401805467ffffffffffffffff60a01b196001600160601b03891b919091165f1994891b9490940192909216929092171660a09290921b67ffffffffffffffff60a01b1691909117815580546001600160e01b0319610124606435013560e01b166001600160e01b03909116179055604088015160038201805467ffffffffffffffff60a01b6024604435013560a01b166001871b5f19019093166001600160601b03871b9091161767ffffffffffffffff60a01b19169190911781556060890151815460ff60e81b60808c015160e81b169160ff60e01b9060e01b169061ffff60e01b191617179055600180841b0361108561018460643501611fa5565b16611226575b600260646044350135166111df575b50818701519060c088015160e08901516101008a015191604051948552602085015260408401528c8301526080820152a26110d9604435600401611fa5565b966110e860c460643501611fa5565b906110f7606435600401611fa5565b92611106604460643501611fa5565b9561111661016460643501611fa5565b9061112661018460643501611fa5565b61113b6101a460643501606435600401612035565b9c90920151604080516001600160a01b03998a1681529a891660208c015261012460643590810135918c0191909152610144810135968b01969096526101049095013560808a015291861660a0890152941660c087015261014060e08701819052860189905285938990868601375f848a018601526101008401526101208301526001600160a01b03908116971695601f01601f19168101030190a4604051908152f35b6001810180546001600160f81b0316600160f81b1790556005611206600460443501611fa5565b910190600180851b03166001600160601b03841b8254161790558d61109a565b61123561018460643501611fa5565b6004820190600180861b03166001600160601b03851b82541617905561108b565b5f90610d2b565b61012084015160c08501515f52600960205261127e60405f20918254612015565b9055610cd9565b60405162461bcd60e51b81526020600482015260156024820152746875623a20766f6c756d6520746f6f206c6172676560581b6044820152606490fd5b60405162461bcd60e51b815260206004820152602c60248201527f6875623a20616e206f726465722069732066756c6c7920636f6e73756d65642060448201526b1bdc8818d85b98d95b1b195960a21b6064820152608490fd5b9050610c5e565b9050610c3f565b61133e60c0840151604460243501356128fd565b8082101561134c5750610c22565b9050610c22565b60405162461bcd60e51b8152602060048201526024808201527f6875623a20696e76616c69642072657175657374206f72646572207369676e616044820152637475726560e01b6064820152608490fd5b60405162461bcd60e51b815260206004820152602760248201527f6875623a20696e76616c696420776f726b6572706f6f6c206f72646572207369604482015266676e617475726560c81b6064820152608490fd5b61143361140a60243560040161209b565b60c0840181905260208401516001600160a01b0316610b75602435610104810190600401612035565b610b885760405162461bcd60e51b8152602060048201526024808201527f6875623a20696e76616c69642064617461736574206f72646572207369676e616044820152637475726560e01b6064820152608490fd5b606460405162461bcd60e51b815260206004820152602060248201527f6875623a20696e76616c696420617070206f72646572207369676e61747572656044820152fd5b60405162461bcd60e51b815260206004820152601e60248201527f6875623a20776f726b6572706f6f6c206e6f74207265676973746572656400006044820152606490fd5b6001600160a01b03611527600460243501611fa5565b165f52600660205260018060a01b0360405f205416806020840152610ab95760405162461bcd60e51b815260206004820152601b60248201527f6875623a2064617461736574206e6f74207265676973746572656400000000006044820152606490fd5b60405162461bcd60e51b815260206004820152601760248201527f6875623a20617070206e6f7420726567697374657265640000000000000000006044820152606490fd5b60405162461bcd60e51b815260206004820152602d60248201527f6875623a20776f726b6572706f6f6c206f72646572207265737472696374732060448201526c3a3432903932b8bab2b9ba32b960991b6064820152608490fd5b6116359150611fa5565b6001600160a01b0361164b60643560c401611fa5565b6001600160a01b0390921691161482610a10565b60405162461bcd60e51b815260206004820152602b60248201527f6875623a20776f726b6572706f6f6c206f72646572207265737472696374732060448201526a1d1a194819185d185cd95d60aa1b6064820152608490fd5b6116c29150611fa5565b6001600160a01b036116d8606435604401611fa5565b6001600160a01b03909216911614826109e8565b60405162461bcd60e51b815260206004820152602760248201527f6875623a20776f726b6572706f6f6c206f7264657220726573747269637473206044820152660746865206170760cc1b6064820152608490fd5b61174b9150611fa5565b6001600160a01b036117606004803501611fa5565b6001600160a01b03909216911614826109c1565b60405162461bcd60e51b815260206004820152602660248201527f6875623a20617070206f726465722072657374726963747320746865207265716044820152653ab2b9ba32b960d11b6064820152608490fd5b6117d29150611fa5565b6001600160a01b036117e860643560c401611fa5565b6001600160a01b039092169116148261099a565b60405162461bcd60e51b815260206004820152602760248201527f6875623a20617070206f72646572207265737472696374732074686520776f726044820152661ad95c9c1bdbdb60ca1b6064820152608490fd5b61185b9150611fa5565b6001600160a01b03611871600460443501611fa5565b6001600160a01b0390921691161482610973565b60405162461bcd60e51b8152602060048201526024808201527f6875623a20617070206f72646572207265737472696374732074686520646174604482015263185cd95d60e21b6064820152608490fd5b6118e09150611fa5565b6001600160a01b036118f6606435604401611fa5565b6001600160a01b039092169116148261094c565b60405162461bcd60e51b815260206004820152602a60248201527f6875623a20776f726b6572706f6f6c206f72646572206c61636b7320612072656044820152697175697265642074616760b01b6064820152608490fd5b60248035013560648035013510611ba65761198b6001600160401b036024803501351115612658565b602435606481013591909117906084016001600160a01b036119ac82611fa5565b1615908115611b73575b5015611b225760243560a4016001600160a01b036119d382611fa5565b1615908115611aee575b5015611a955760243560c4016001600160a01b036119fa82611fa5565b1615908115611a61575b5061091e5760405162461bcd60e51b815260206004820152602a60248201527f6875623a2064617461736574206f726465722072657374726963747320746865604482015269103932b8bab2b9ba32b960b11b6064820152608490fd5b611a6b9150611fa5565b6001600160a01b03611a8160643560c401611fa5565b6001600160a01b0390921691161483611a04565b60405162461bcd60e51b815260206004820152602b60248201527f6875623a2064617461736574206f72646572207265737472696374732074686560448201526a081ddbdc9ad95c9c1bdbdb60aa1b6064820152608490fd5b611af89150611fa5565b6001600160a01b03611b0e600460443501611fa5565b6001600160a01b03909216911614836119dd565b60405162461bcd60e51b8152602060048201526024808201527f6875623a2064617461736574206f7264657220726573747269637473207468656044820152630206170760e41b6064820152608490fd5b611b7d9150611fa5565b6001600160a01b03611b926004803501611fa5565b6001600160a01b03909216911614836119b6565b60405162461bcd60e51b815260206004820152602860248201527f6875623a20646174617365742070726963652061626f76652072657175657374604482015267206d6178696d756d60c01b6064820152608490fd5b506001600160401b036044356024013511156108fe565b60405162461bcd60e51b815260206004820152602b60248201527f6875623a20776f726b6572706f6f6c2070726963652061626f7665207265717560448201526a657374206d6178696d756d60a81b6064820152608490fd5b60405162461bcd60e51b8152602060048201526024808201527f6875623a206170702070726963652061626f76652072657175657374206d6178604482015263696d756d60e01b6064820152608490fd5b60405162461bcd60e51b815260206004820152601860248201527f6875623a20776f726b6572706f6f6c206d69736d6174636800000000000000006044820152606490fd5b611d0c9150611fa5565b6001600160a01b03611d22600460443501611fa5565b6001600160a01b03909216911614826108bb565b60405162461bcd60e51b81526020600482015260156024820152740d0eac47440c8c2e8c2e6cae840dad2e6dac2e8c6d605b1b6044820152606490fd5b60405162461bcd60e51b81526020600482015260116024820152700d0eac47440c2e0e040dad2e6dac2e8c6d607b1b6044820152606490fd5b60405162461bcd60e51b81526020600482015260146024820152736875623a20747275737420746f6f206c6172676560601b6044820152606490fd5b60405162461bcd60e51b815260206004820152602f60248201527f6875623a20776f726b6572706f6f6c206f726465722074727573742062656c6f60448201526e1dc81c995c5d595cdd081d1c9d5cdd608a1b6064820152608490fd5b60405162461bcd60e51b81526020600482015260166024820152750d0eac47440c6c2e8cacedee4f240dad2e6dac2e8c6d60531b6044820152606490fd5b60405162461bcd60e51b81526020600482015260156024820152746875623a20756e6b6e6f776e2063617465676f727960581b6044820152606490fd5b346100525761017261016d611ed436611f09565b6001600160a01b03611ee582611fa5565b165f908152600660205260409020546106df906001600160a01b0316610162611fda565b602060031982011261005257600435906001600160401b038211610052576101209082900360031901126100525760040190565b602060031982011261005257600435906001600160401b038211610052576102009082900360031901126100525760040190565b602060031982011261005257600435906001600160401b038211610052576101609082900360031901126100525760040190565b356001600160a01b03811681036100525790565b90601f801991011681019081106001600160401b038211176104fa57604052565b60405190611fe9604083611fb9565b601a82527f6875623a206e6f74207468652064617461736574206f776e65720000000000006020830152565b919082018092116104ad57565b818102929181159184041417156104ad57565b903590601e198136030182121561005257018035906001600160401b0382116100525760200191813603831361005257565b60405190612076604083611fb9565b6016825275343ab11d103737ba103a3432903932b8bab2b9ba32b960511b6020830152565b612164906120a881611fa5565b9060e06120b760808301611fa5565b916120c460a08201611fa5565b6120d060c08301611fa5565b604080517f6cfc932a5a3d22c4359295b9f433edff52b60703fa47690a04a83e40933dd47c60208083019182526001600160a01b03998a16838501528601356060808401919091529286013560808301529185013560a082015295871660c087015291861684860152909416610100840152013561012080830191909152815261215c61014082611fb9565b5190206127f0565b90565b60405190612176604083611fb9565b6016825275343ab11d103737ba103a34329030b8381037bbb732b960511b6020830152565b612164906121a881611fa5565b9060e06121b760808301611fa5565b916121c460a08201611fa5565b6121d060c08301611fa5565b604080517f60815a0eeec47dddf1615fe53b31d016c31444e01b9d796db365443a6445d00860208083019182526001600160a01b03998a16838501528601356060808401919091529286013560808301529185013560a082015295871660c087015291861684860152909416610100840152013561012080830191909152815261215c61014082611fb9565b6121649061226981611fa5565b9061012061227960c08301611fa5565b9161228660e08201611fa5565b6122936101008301611fa5565b906040519460208601967faa3429fb281b34691803133d3d978a75bb77c617ed6bc9aa162b9b30920022bb885260018060a01b031660408701526020840135606087015260408401356080870152606084013560a0870152608084013560c087015260a084013560e087015260018060a01b031661010086015260018060a01b03168385015260018060a01b03166101408401520135610160820152610160815261215c61018082611fb9565b6040519061234f604083611fb9565b601d82527f6875623a206e6f742074686520776f726b6572706f6f6c206f776e65720000006020830152565b61238481611fa5565b61239060408301611fa5565b9061239d60808401611fa5565b6123a960c08501611fa5565b906040519360208501937ff24e853034a3a450aba845a82914fbb564ad85accca6cf62be112a154520fae0855260018060a01b031660408601526020860135606086015260018060a01b03166080850152606085013560a085015260018060a01b031660c084015260a084013560e084015260018060a01b031661010083015260e0830135610120830152610120825261244561014083611fb9565b6124526101608401611fa5565b61245f6101808501611fa5565b9161246e6101a0860186612035565b90926001600160401b0382116104fa5760405193612496601f8401601f191660200186611fb9565b82855260208501973684830111610052578861215c965f60208781986101c0976121649f37830101525190206040519785890194610100840135865261012084013560408b015261014084013560608b015260018060a01b031660808a015260018060a01b031660a089015260c0880152013560e086015260e0855261251e61010086611fb9565b60405194859383850197518091895e840190838201905f8252519283915e01015f815203601f198101835282611fb9565b156125575750565b604460209160405192839162461bcd60e51b83528160048401528051918291826024860152018484015e5f828201840152601f01601f19168101030190fd5b6125b491906001600160a01b031680151590816125b6575b5061254f565b565b905033145f6125ae565b805f52600a60205260ff60405f20541661261357805f52600a60205260405f20600160ff1982541617905533907f7d157846455a5feb7577baf431e95b72aeceb6480846f0ae483f42f2f87aa6d45f80a3565b60405162461bcd60e51b815260206004820152601c60248201527f6875623a206f7264657220616c7265616479207072657369676e6564000000006044820152606490fd5b1561265f57565b60405162461bcd60e51b81526020600482015260146024820152736875623a20707269636520746f6f206c6172676560601b6044820152606490fd5b919082039182116104ad57565b6001600160801b039060018060a01b031692835f52600360205260405f2092826126e4828654946126df848716918383101561254f565b61269b565b1692839116916001600160801b0319161760801c01906001600160801b0382116104ad577f4510314558259843825372fc84b1ae19cb70b8c44805daf4808354e78a05cf6b926040926001600160801b03199060801b168217809155825191825260801c6020820152a2565b90815f5260096020528060405f2054101561279a57815f52600960205260405f205533907fa6eb7cdc219e1518ced964e9a34e61d68a94e4f1569db3e84256ba981ba527535f80a3565b60405162461bcd60e51b815260206004820152602860248201527f6875623a206f7264657220616c72656164792063616e63656c6c6564206f722060448201526718dbdb9cdd5b595960c21b6064820152608490fd5b6042906127fb612816565b906040519161190160f01b8352600283015260228201522090565b60405160208101907f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f82527f2363570db6636b46837295cca606d1b1c4e086b0691fd8ddb869551f968b204f60408201527fc89efdaa54c0f20c7adf612882df0950f5a951637e0307cdcb4c672f298b8bc660608201524660808201523060a082015260a081526128a860c082611fb9565b51902090565b6001600160a01b031692909183156128f55781156128df576001600160a01b03926128da929190612922565b161490565b505090505f52600a60205260ff60405f20541690565b505050505f90565b905f52600960205260405f20548082115f1461291c576121649161269b565b50505f90565b916040190161291c5760208101359160408201355f1a601b81106129bf575b60ff1690601b821415806129b4575b6128f5577f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a084116128f5576020935f9360809360405193845286840152356040830152606082015282805260015afa156129a9575f5190565b6040513d5f823e3d90fd5b50601c821415612950565b601b0160ff81111561294157634e487b7160e01b5f52601160045260245ffdfea164736f6c6343000825000a",
}

// HubMarket is an auto generated Go binding around an Ethereum contract.
type HubMarket struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *HubMarket) GetABI() abi.ABI {
	return c.abi
}

// NewHubMarket creates a new instance of HubMarket.
func NewHubMarket() *HubMarket {
	parsed, err := HubMarketMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &HubMarket{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *HubMarket) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address next) returns()
func (hubMarket *HubMarket) PackConstructor(next common.Address) []byte {
	enc, err := hubMarket.abi.Pack("", next)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackCancelAppOrder is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x84724ddf.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function cancelAppOrder((address,uint256,uint256,bytes32,address,address,address,bytes32,bytes) o) returns()
func (hubMarket *HubMarket) PackCancelAppOrder(o AppOrder) []byte {
	enc, err := hubMarket.abi.Pack("cancelAppOrder", o)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCancelAppOrder is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x84724ddf.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function cancelAppOrder((address,uint256,uint256,bytes32,address,address,address,bytes32,bytes) o) returns()
func (hubMarket *HubMarket) TryPackCancelAppOrder(o AppOrder) ([]byte, error) {
	return hubMarket.abi.Pack("cancelAppOrder", o)
}

// PackCancelDatasetOrder is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x555859c7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function cancelDatasetOrder((address,uint256,uint256,bytes32,address,address,address,bytes32,bytes) o) returns()
func (hubMarket *HubMarket) PackCancelDatasetOrder(o DatasetOrder) []byte {
	enc, err := hubMarket.abi.Pack("cancelDatasetOrder", o)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCancelDatasetOrder is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x555859c7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function cancelDatasetOrder((address,uint256,uint256,bytes32,address,address,address,bytes32,bytes) o) returns()
func (hubMarket *HubMarket) TryPackCancelDatasetOrder(o DatasetOrder) ([]byte, error) {
	return hubMarket.abi.Pack("cancelDatasetOrder", o)
}

// PackCancelRequestOrder is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x38a754b4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function cancelRequestOrder((address,uint256,address,uint256,address,uint256,address,uint256,bytes32,uint256,uint256,address,address,string,bytes32,bytes) o) returns()
func (hubMarket *HubMarket) PackCancelRequestOrder(o RequestOrder) []byte {
	enc, err := hubMarket.abi.Pack("cancelRequestOrder", o)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCancelRequestOrder is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x38a754b4.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function cancelRequestOrder((address,uint256,address,uint256,address,uint256,address,uint256,bytes32,uint256,uint256,address,address,string,bytes32,bytes) o) returns()
func (hubMarket *HubMarket) TryPackCancelRequestOrder(o RequestOrder) ([]byte, error) {
	return hubMarket.abi.Pack("cancelRequestOrder", o)
}

// PackCancelWorkerpoolOrder is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xae510d19.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function cancelWorkerpoolOrder((address,uint256,uint256,bytes32,uint256,uint256,address,address,address,bytes32,bytes) o) returns()
func (hubMarket *HubMarket) PackCancelWorkerpoolOrder(o WorkerpoolOrder) []byte {
	enc, err := hubMarket.abi.Pack("cancelWorkerpoolOrder", o)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCancelWorkerpoolOrder is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xae510d19.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function cancelWorkerpoolOrder((address,uint256,uint256,bytes32,uint256,uint256,address,address,address,bytes32,bytes) o) returns()
func (hubMarket *HubMarket) TryPackCancelWorkerpoolOrder(o WorkerpoolOrder) ([]byte, error) {
	return hubMarket.abi.Pack("cancelWorkerpoolOrder", o)
}

// PackDomainSeparator is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf698da25.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function domainSeparator() view returns(bytes32)
func (hubMarket *HubMarket) PackDomainSeparator() []byte {
	enc, err := hubMarket.abi.Pack("domainSeparator")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDomainSeparator is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf698da25.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function domainSeparator() view returns(bytes32)
func (hubMarket *HubMarket) TryPackDomainSeparator() ([]byte, error) {
	return hubMarket.abi.Pack("domainSeparator")
}

// UnpackDomainSeparator is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf698da25.
//
// Solidity: function domainSeparator() view returns(bytes32)
func (hubMarket *HubMarket) UnpackDomainSeparator(data []byte) ([32]byte, error) {
	out, err := hubMarket.abi.Unpack("domainSeparator", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackHashAppOrder is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8b5f7cfd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function hashAppOrder((address,uint256,uint256,bytes32,address,address,address,bytes32,bytes) o) view returns(bytes32)
func (hubMarket *HubMarket) PackHashAppOrder(o AppOrder) []byte {
	enc, err := hubMarket.abi.Pack("hashAppOrder", o)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackHashAppOrder is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8b5f7cfd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function hashAppOrder((address,uint256,uint256,bytes32,address,address,address,bytes32,bytes) o) view returns(bytes32)
func (hubMarket *HubMarket) TryPackHashAppOrder(o AppOrder) ([]byte, error) {
	return hubMarket.abi.Pack("hashAppOrder", o)
}

// UnpackHashAppOrder is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8b5f7cfd.
//
// Solidity: function hashAppOrder((address,uint256,uint256,bytes32,address,address,address,bytes32,bytes) o) view returns(bytes32)
func (hubMarket *HubMarket) UnpackHashAppOrder(data []byte) ([32]byte, error) {
	out, err := hubMarket.abi.Unpack("hashAppOrder", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackHashDatasetOrder is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x50499def.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function hashDatasetOrder((address,uint256,uint256,bytes32,address,address,address,bytes32,bytes) o) view returns(bytes32)
func (hubMarket *HubMarket) PackHashDatasetOrder(o DatasetOrder) []byte {
	enc, err := hubMarket.abi.Pack("hashDatasetOrder", o)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackHashDatasetOrder is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x50499def.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function hashDatasetOrder((address,uint256,uint256,bytes32,address,address,address,bytes32,bytes) o) view returns(bytes32)
func (hubMarket *HubMarket) TryPackHashDatasetOrder(o DatasetOrder) ([]byte, error) {
	return hubMarket.abi.Pack("hashDatasetOrder", o)
}

// UnpackHashDatasetOrder is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x50499def.
//
// Solidity: function hashDatasetOrder((address,uint256,uint256,bytes32,address,address,address,bytes32,bytes) o) view returns(bytes32)
func (hubMarket *HubMarket) UnpackHashDatasetOrder(data []byte) ([32]byte, error) {
	out, err := hubMarket.abi.Unpack("hashDatasetOrder", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackHashRequestOrder is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbd96cee9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function hashRequestOrder((address,uint256,address,uint256,address,uint256,address,uint256,bytes32,uint256,uint256,address,address,string,bytes32,bytes) o) view returns(bytes32)
func (hubMarket *HubMarket) PackHashRequestOrder(o RequestOrder) []byte {
	enc, err := hubMarket.abi.Pack("hashRequestOrder", o)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackHashRequestOrder is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbd96cee9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function hashRequestOrder((address,uint256,address,uint256,address,uint256,address,uint256,bytes32,uint256,uint256,address,address,string,bytes32,bytes) o) view returns(bytes32)
func (hubMarket *HubMarket) TryPackHashRequestOrder(o RequestOrder) ([]byte, error) {
	return hubMarket.abi.Pack("hashRequestOrder", o)
}

// UnpackHashRequestOrder is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xbd96cee9.
//
// Solidity: function hashRequestOrder((address,uint256,address,uint256,address,uint256,address,uint256,bytes32,uint256,uint256,address,address,string,bytes32,bytes) o) view returns(bytes32)
func (hubMarket *HubMarket) UnpackHashRequestOrder(data []byte) ([32]byte, error) {
	out, err := hubMarket.abi.Unpack("hashRequestOrder", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackHashWorkerpoolOrder is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa0518806.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function hashWorkerpoolOrder((address,uint256,uint256,bytes32,uint256,uint256,address,address,address,bytes32,bytes) o) view returns(bytes32)
func (hubMarket *HubMarket) PackHashWorkerpoolOrder(o WorkerpoolOrder) []byte {
	enc, err := hubMarket.abi.Pack("hashWorkerpoolOrder", o)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackHashWorkerpoolOrder is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa0518806.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function hashWorkerpoolOrder((address,uint256,uint256,bytes32,uint256,uint256,address,address,address,bytes32,bytes) o) view returns(bytes32)
func (hubMarket *HubMarket) TryPackHashWorkerpoolOrder(o WorkerpoolOrder) ([]byte, error) {
	return hubMarket.abi.Pack("hashWorkerpoolOrder", o)
}

// UnpackHashWorkerpoolOrder is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa0518806.
//
// Solidity: function hashWorkerpoolOrder((address,uint256,uint256,bytes32,uint256,uint256,address,address,address,bytes32,bytes) o) view returns(bytes32)
func (hubMarket *HubMarket) UnpackHashWorkerpoolOrder(data []byte) ([32]byte, error) {
	out, err := hubMarket.abi.Unpack("hashWorkerpoolOrder", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackMatchOrders is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x156194d4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function matchOrders((address,uint256,uint256,bytes32,address,address,address,bytes32,bytes) a, (address,uint256,uint256,bytes32,address,address,address,bytes32,bytes) d, (address,uint256,uint256,bytes32,uint256,uint256,address,address,address,bytes32,bytes) w, (address,uint256,address,uint256,address,uint256,address,uint256,bytes32,uint256,uint256,address,address,string,bytes32,bytes) r) returns(bytes32 dealid)
func (hubMarket *HubMarket) PackMatchOrders(a AppOrder, d DatasetOrder, w WorkerpoolOrder, r RequestOrder) []byte {
	enc, err := hubMarket.abi.Pack("matchOrders", a, d, w, r)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMatchOrders is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x156194d4.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function matchOrders((address,uint256,uint256,bytes32,address,address,address,bytes32,bytes) a, (address,uint256,uint256,bytes32,address,address,address,bytes32,bytes) d, (address,uint256,uint256,bytes32,uint256,uint256,address,address,address,bytes32,bytes) w, (address,uint256,address,uint256,address,uint256,address,uint256,bytes32,uint256,uint256,address,address,string,bytes32,bytes) r) returns(bytes32 dealid)
func (hubMarket *HubMarket) TryPackMatchOrders(a AppOrder, d DatasetOrder, w WorkerpoolOrder, r RequestOrder) ([]byte, error) {
	return hubMarket.abi.Pack("matchOrders", a, d, w, r)
}

// UnpackMatchOrders is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x156194d4.
//
// Solidity: function matchOrders((address,uint256,uint256,bytes32,address,address,address,bytes32,bytes) a, (address,uint256,uint256,bytes32,address,address,address,bytes32,bytes) d, (address,uint256,uint256,bytes32,uint256,uint256,address,address,address,bytes32,bytes) w, (address,uint256,address,uint256,address,uint256,address,uint256,bytes32,uint256,uint256,address,address,string,bytes32,bytes) r) returns(bytes32 dealid)
func (hubMarket *HubMarket) UnpackMatchOrders(data []byte) ([32]byte, error) {
	out, err := hubMarket.abi.Unpack("matchOrders", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackPresignAppOrder is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6a810578.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function presignAppOrder((address,uint256,uint256,bytes32,address,address,address,bytes32,bytes) o) returns()
func (hubMarket *HubMarket) PackPresignAppOrder(o AppOrder) []byte {
	enc, err := hubMarket.abi.Pack("presignAppOrder", o)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPresignAppOrder is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6a810578.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function presignAppOrder((address,uint256,uint256,bytes32,address,address,address,bytes32,bytes) o) returns()
func (hubMarket *HubMarket) TryPackPresignAppOrder(o AppOrder) ([]byte, error) {
	return hubMarket.abi.Pack("presignAppOrder", o)
}

// PackPresignDatasetOrder is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x09ec0f4a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function presignDatasetOrder((address,uint256,uint256,bytes32,address,address,address,bytes32,bytes) o) returns()
func (hubMarket *HubMarket) PackPresignDatasetOrder(o DatasetOrder) []byte {
	enc, err := hubMarket.abi.Pack("presignDatasetOrder", o)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPresignDatasetOrder is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x09ec0f4a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function presignDatasetOrder((address,uint256,uint256,bytes32,address,address,address,bytes32,bytes) o) returns()
func (hubMarket *HubMarket) TryPackPresignDatasetOrder(o DatasetOrder) ([]byte, error) {
	return hubMarket.abi.Pack("presignDatasetOrder", o)
}

// PackPresignRequestOrder is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdf47e347.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function presignRequestOrder((address,uint256,address,uint256,address,uint256,address,uint256,bytes32,uint256,uint256,address,address,string,bytes32,bytes) o) returns()
func (hubMarket *HubMarket) PackPresignRequestOrder(o RequestOrder) []byte {
	enc, err := hubMarket.abi.Pack("presignRequestOrder", o)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPresignRequestOrder is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdf47e347.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function presignRequestOrder((address,uint256,address,uint256,address,uint256,address,uint256,bytes32,uint256,uint256,address,address,string,bytes32,bytes) o) returns()
func (hubMarket *HubMarket) TryPackPresignRequestOrder(o RequestOrder) ([]byte, error) {
	return hubMarket.abi.Pack("presignRequestOrder", o)
}

// PackPresignWorkerpoolOrder is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xafce7e39.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function presignWorkerpoolOrder((address,uint256,uint256,bytes32,uint256,uint256,address,address,address,bytes32,bytes) o) returns()
func (hubMarket *HubMarket) PackPresignWorkerpoolOrder(o WorkerpoolOrder) []byte {
	enc, err := hubMarket.abi.Pack("presignWorkerpoolOrder", o)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPresignWorkerpoolOrder is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xafce7e39.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function presignWorkerpoolOrder((address,uint256,uint256,bytes32,uint256,uint256,address,address,address,bytes32,bytes) o) returns()
func (hubMarket *HubMarket) TryPackPresignWorkerpoolOrder(o WorkerpoolOrder) ([]byte, error) {
	return hubMarket.abi.Pack("presignWorkerpoolOrder", o)
}

// PackViewConsumed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4b2bec8c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function viewConsumed(bytes32 orderHash) view returns(uint256)
func (hubMarket *HubMarket) PackViewConsumed(orderHash [32]byte) []byte {
	enc, err := hubMarket.abi.Pack("viewConsumed", orderHash)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackViewConsumed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4b2bec8c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function viewConsumed(bytes32 orderHash) view returns(uint256)
func (hubMarket *HubMarket) TryPackViewConsumed(orderHash [32]byte) ([]byte, error) {
	return hubMarket.abi.Pack("viewConsumed", orderHash)
}

// UnpackViewConsumed is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x4b2bec8c.
//
// Solidity: function viewConsumed(bytes32 orderHash) view returns(uint256)
func (hubMarket *HubMarket) UnpackViewConsumed(data []byte) (*big.Int, error) {
	out, err := hubMarket.abi.Unpack("viewConsumed", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackViewDeal is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb74861b2.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function viewDeal(bytes32 dealid) view returns((address,uint256,uint256,uint256,uint256,uint256,address,uint256,address,uint256,address,uint256,uint256,uint256,uint256,uint256,address,bool,address) v)
func (hubMarket *HubMarket) PackViewDeal(dealid [32]byte) []byte {
	enc, err := hubMarket.abi.Pack("viewDeal", dealid)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackViewDeal is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb74861b2.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function viewDeal(bytes32 dealid) view returns((address,uint256,uint256,uint256,uint256,uint256,address,uint256,address,uint256,address,uint256,uint256,uint256,uint256,uint256,address,bool,address) v)
func (hubMarket *HubMarket) TryPackViewDeal(dealid [32]byte) ([]byte, error) {
	return hubMarket.abi.Pack("viewDeal", dealid)
}

// UnpackViewDeal is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb74861b2.
//
// Solidity: function viewDeal(bytes32 dealid) view returns((address,uint256,uint256,uint256,uint256,uint256,address,uint256,address,uint256,address,uint256,uint256,uint256,uint256,uint256,address,bool,address) v)
func (hubMarket *HubMarket) UnpackViewDeal(data []byte) (DealView, error) {
	out, err := hubMarket.abi.Unpack("viewDeal", data)
	if err != nil {
		return *new(DealView), err
	}
	out0 := *abi.ConvertType(out[0], new(DealView)).(*DealView)
	return out0, nil
}

// PackViewPresigned is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd286eb16.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function viewPresigned(bytes32 orderHash) view returns(bool)
func (hubMarket *HubMarket) PackViewPresigned(orderHash [32]byte) []byte {
	enc, err := hubMarket.abi.Pack("viewPresigned", orderHash)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackViewPresigned is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd286eb16.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function viewPresigned(bytes32 orderHash) view returns(bool)
func (hubMarket *HubMarket) TryPackViewPresigned(orderHash [32]byte) ([]byte, error) {
	return hubMarket.abi.Pack("viewPresigned", orderHash)
}

// UnpackViewPresigned is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd286eb16.
//
// Solidity: function viewPresigned(bytes32 orderHash) view returns(bool)
func (hubMarket *HubMarket) UnpackViewPresigned(data []byte) (bool, error) {
	out, err := hubMarket.abi.Unpack("viewPresigned", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// HubMarketAccountUpdated represents a AccountUpdated event raised by the HubMarket contract.
type HubMarketAccountUpdated struct {
	Account common.Address
	Balance *big.Int
	Frozen  *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const HubMarketAccountUpdatedEventName = "AccountUpdated"

// ContractEventName returns the user-defined event name.
func (HubMarketAccountUpdated) ContractEventName() string {
	return HubMarketAccountUpdatedEventName
}

// UnpackAccountUpdatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event AccountUpdated(address indexed account, uint256 balance, uint256 frozen)
func (hubMarket *HubMarket) UnpackAccountUpdatedEvent(log *types.Log) (*HubMarketAccountUpdated, error) {
	event := "AccountUpdated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != hubMarket.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(HubMarketAccountUpdated)
	if len(log.Data) > 0 {
		if err := hubMarket.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range hubMarket.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// HubMarketAppCreated represents a AppCreated event raised by the HubMarket contract.
type HubMarketAppCreated struct {
	App      common.Address
	Owner    common.Address
	Kind     uint8
	Name     string
	Uri      string
	Checksum [32]byte
	Extra    []byte
	Raw      *types.Log // Blockchain specific contextual infos
}

const HubMarketAppCreatedEventName = "AppCreated"

// ContractEventName returns the user-defined event name.
func (HubMarketAppCreated) ContractEventName() string {
	return HubMarketAppCreatedEventName
}

// UnpackAppCreatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event AppCreated(address indexed app, address indexed owner, uint8 kind, string name, string uri, bytes32 checksum, bytes extra)
func (hubMarket *HubMarket) UnpackAppCreatedEvent(log *types.Log) (*HubMarketAppCreated, error) {
	event := "AppCreated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != hubMarket.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(HubMarketAppCreated)
	if len(log.Data) > 0 {
		if err := hubMarket.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range hubMarket.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// HubMarketAssetTransferred represents a AssetTransferred event raised by the HubMarket contract.
type HubMarketAssetTransferred struct {
	Asset common.Address
	From  common.Address
	To    common.Address
	Raw   *types.Log // Blockchain specific contextual infos
}

const HubMarketAssetTransferredEventName = "AssetTransferred"

// ContractEventName returns the user-defined event name.
func (HubMarketAssetTransferred) ContractEventName() string {
	return HubMarketAssetTransferredEventName
}

// UnpackAssetTransferredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event AssetTransferred(address indexed asset, address indexed from, address indexed to)
func (hubMarket *HubMarket) UnpackAssetTransferredEvent(log *types.Log) (*HubMarketAssetTransferred, error) {
	event := "AssetTransferred"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != hubMarket.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(HubMarketAssetTransferred)
	if len(log.Data) > 0 {
		if err := hubMarket.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range hubMarket.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// HubMarketBondUpdated represents a BondUpdated event raised by the HubMarket contract.
type HubMarketBondUpdated struct {
	Worker      common.Address
	Workerpool  common.Address
	Bonded      *big.Int
	Unbonding   *big.Int
	ReleaseTime *big.Int
	Raw         *types.Log // Blockchain specific contextual infos
}

const HubMarketBondUpdatedEventName = "BondUpdated"

// ContractEventName returns the user-defined event name.
func (HubMarketBondUpdated) ContractEventName() string {
	return HubMarketBondUpdatedEventName
}

// UnpackBondUpdatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event BondUpdated(address indexed worker, address indexed workerpool, uint256 bonded, uint256 unbonding, uint256 releaseTime)
func (hubMarket *HubMarket) UnpackBondUpdatedEvent(log *types.Log) (*HubMarketBondUpdated, error) {
	event := "BondUpdated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != hubMarket.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(HubMarketBondUpdated)
	if len(log.Data) > 0 {
		if err := hubMarket.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range hubMarket.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// HubMarketCallbackDelivered represents a CallbackDelivered event raised by the HubMarket contract.
type HubMarketCallbackDelivered struct {
	Taskid   [32]byte
	Callback common.Address
	Success  bool
	Raw      *types.Log // Blockchain specific contextual infos
}

const HubMarketCallbackDeliveredEventName = "CallbackDelivered"

// ContractEventName returns the user-defined event name.
func (HubMarketCallbackDelivered) ContractEventName() string {
	return HubMarketCallbackDeliveredEventName
}

// UnpackCallbackDeliveredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event CallbackDelivered(bytes32 indexed taskid, address indexed callback, bool success)
func (hubMarket *HubMarket) UnpackCallbackDeliveredEvent(log *types.Log) (*HubMarketCallbackDelivered, error) {
	event := "CallbackDelivered"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != hubMarket.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(HubMarketCallbackDelivered)
	if len(log.Data) > 0 {
		if err := hubMarket.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range hubMarket.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// HubMarketCategoryCreated represents a CategoryCreated event raised by the HubMarket contract.
type HubMarketCategoryCreated struct {
	Id          *big.Int
	Name        string
	Description string
	TimeRef     *big.Int
	Raw         *types.Log // Blockchain specific contextual infos
}

const HubMarketCategoryCreatedEventName = "CategoryCreated"

// ContractEventName returns the user-defined event name.
func (HubMarketCategoryCreated) ContractEventName() string {
	return HubMarketCategoryCreatedEventName
}

// UnpackCategoryCreatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event CategoryCreated(uint256 indexed id, string name, string description, uint256 timeRef)
func (hubMarket *HubMarket) UnpackCategoryCreatedEvent(log *types.Log) (*HubMarketCategoryCreated, error) {
	event := "CategoryCreated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != hubMarket.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(HubMarketCategoryCreated)
	if len(log.Data) > 0 {
		if err := hubMarket.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range hubMarket.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// HubMarketDatasetCreated represents a DatasetCreated event raised by the HubMarket contract.
type HubMarketDatasetCreated struct {
	Dataset  common.Address
	Owner    common.Address
	Name     string
	Uri      string
	Checksum [32]byte
	Raw      *types.Log // Blockchain specific contextual infos
}

const HubMarketDatasetCreatedEventName = "DatasetCreated"

// ContractEventName returns the user-defined event name.
func (HubMarketDatasetCreated) ContractEventName() string {
	return HubMarketDatasetCreatedEventName
}

// UnpackDatasetCreatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event DatasetCreated(address indexed dataset, address indexed owner, string name, string uri, bytes32 checksum)
func (hubMarket *HubMarket) UnpackDatasetCreatedEvent(log *types.Log) (*HubMarketDatasetCreated, error) {
	event := "DatasetCreated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != hubMarket.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(HubMarketDatasetCreated)
	if len(log.Data) > 0 {
		if err := hubMarket.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range hubMarket.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// HubMarketDealCreated represents a DealCreated event raised by the HubMarket contract.
type HubMarketDealCreated struct {
	Dealid      [32]byte
	Workerpool  common.Address
	Requester   common.Address
	App         common.Address
	Dataset     common.Address
	Category    *big.Int
	Trust       *big.Int
	Tag         [32]byte
	Beneficiary common.Address
	Callback    common.Address
	Params      string
	BotFirst    *big.Int
	Volume      *big.Int
	Raw         *types.Log // Blockchain specific contextual infos
}

const HubMarketDealCreatedEventName = "DealCreated"

// ContractEventName returns the user-defined event name.
func (HubMarketDealCreated) ContractEventName() string {
	return HubMarketDealCreatedEventName
}

// UnpackDealCreatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event DealCreated(bytes32 indexed dealid, address indexed workerpool, address indexed requester, address app, address dataset, uint256 category, uint256 trust, bytes32 tag, address beneficiary, address callback, string params, uint256 botFirst, uint256 volume)
func (hubMarket *HubMarket) UnpackDealCreatedEvent(log *types.Log) (*HubMarketDealCreated, error) {
	event := "DealCreated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != hubMarket.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(HubMarketDealCreated)
	if len(log.Data) > 0 {
		if err := hubMarket.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range hubMarket.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// HubMarketDeposit represents a Deposit event raised by the HubMarket contract.
type HubMarketDeposit struct {
	Account common.Address
	Amount  *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const HubMarketDepositEventName = "Deposit"

// ContractEventName returns the user-defined event name.
func (HubMarketDeposit) ContractEventName() string {
	return HubMarketDepositEventName
}

// UnpackDepositEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Deposit(address indexed account, uint256 amount)
func (hubMarket *HubMarket) UnpackDepositEvent(log *types.Log) (*HubMarketDeposit, error) {
	event := "Deposit"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != hubMarket.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(HubMarketDeposit)
	if len(log.Data) > 0 {
		if err := hubMarket.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range hubMarket.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// HubMarketOrderCancelled represents a OrderCancelled event raised by the HubMarket contract.
type HubMarketOrderCancelled struct {
	OrderHash [32]byte
	Owner     common.Address
	Raw       *types.Log // Blockchain specific contextual infos
}

const HubMarketOrderCancelledEventName = "OrderCancelled"

// ContractEventName returns the user-defined event name.
func (HubMarketOrderCancelled) ContractEventName() string {
	return HubMarketOrderCancelledEventName
}

// UnpackOrderCancelledEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event OrderCancelled(bytes32 indexed orderHash, address indexed owner)
func (hubMarket *HubMarket) UnpackOrderCancelledEvent(log *types.Log) (*HubMarketOrderCancelled, error) {
	event := "OrderCancelled"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != hubMarket.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(HubMarketOrderCancelled)
	if len(log.Data) > 0 {
		if err := hubMarket.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range hubMarket.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// HubMarketOrderPresigned represents a OrderPresigned event raised by the HubMarket contract.
type HubMarketOrderPresigned struct {
	OrderHash [32]byte
	Owner     common.Address
	Raw       *types.Log // Blockchain specific contextual infos
}

const HubMarketOrderPresignedEventName = "OrderPresigned"

// ContractEventName returns the user-defined event name.
func (HubMarketOrderPresigned) ContractEventName() string {
	return HubMarketOrderPresignedEventName
}

// UnpackOrderPresignedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event OrderPresigned(bytes32 indexed orderHash, address indexed owner)
func (hubMarket *HubMarket) UnpackOrderPresignedEvent(log *types.Log) (*HubMarketOrderPresigned, error) {
	event := "OrderPresigned"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != hubMarket.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(HubMarketOrderPresigned)
	if len(log.Data) > 0 {
		if err := hubMarket.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range hubMarket.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// HubMarketOrdersMatched represents a OrdersMatched event raised by the HubMarket contract.
type HubMarketOrdersMatched struct {
	Dealid         [32]byte
	AppHash        [32]byte
	DatasetHash    [32]byte
	WorkerpoolHash [32]byte
	RequestHash    [32]byte
	Volume         *big.Int
	Raw            *types.Log // Blockchain specific contextual infos
}

const HubMarketOrdersMatchedEventName = "OrdersMatched"

// ContractEventName returns the user-defined event name.
func (HubMarketOrdersMatched) ContractEventName() string {
	return HubMarketOrdersMatchedEventName
}

// UnpackOrdersMatchedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event OrdersMatched(bytes32 indexed dealid, bytes32 appHash, bytes32 datasetHash, bytes32 workerpoolHash, bytes32 requestHash, uint256 volume)
func (hubMarket *HubMarket) UnpackOrdersMatchedEvent(log *types.Log) (*HubMarketOrdersMatched, error) {
	event := "OrdersMatched"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != hubMarket.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(HubMarketOrdersMatched)
	if len(log.Data) > 0 {
		if err := hubMarket.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range hubMarket.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// HubMarketOwnershipTransferred represents a OwnershipTransferred event raised by the HubMarket contract.
type HubMarketOwnershipTransferred struct {
	PreviousOwner common.Address
	NewOwner      common.Address
	Raw           *types.Log // Blockchain specific contextual infos
}

const HubMarketOwnershipTransferredEventName = "OwnershipTransferred"

// ContractEventName returns the user-defined event name.
func (HubMarketOwnershipTransferred) ContractEventName() string {
	return HubMarketOwnershipTransferredEventName
}

// UnpackOwnershipTransferredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event OwnershipTransferred(address indexed previousOwner, address indexed newOwner)
func (hubMarket *HubMarket) UnpackOwnershipTransferredEvent(log *types.Log) (*HubMarketOwnershipTransferred, error) {
	event := "OwnershipTransferred"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != hubMarket.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(HubMarketOwnershipTransferred)
	if len(log.Data) > 0 {
		if err := hubMarket.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range hubMarket.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// HubMarketPotUpdated represents a PotUpdated event raised by the HubMarket contract.
type HubMarketPotUpdated struct {
	Pot *big.Int
	Raw *types.Log // Blockchain specific contextual infos
}

const HubMarketPotUpdatedEventName = "PotUpdated"

// ContractEventName returns the user-defined event name.
func (HubMarketPotUpdated) ContractEventName() string {
	return HubMarketPotUpdatedEventName
}

// UnpackPotUpdatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event PotUpdated(uint256 pot)
func (hubMarket *HubMarket) UnpackPotUpdatedEvent(log *types.Log) (*HubMarketPotUpdated, error) {
	event := "PotUpdated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != hubMarket.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(HubMarketPotUpdated)
	if len(log.Data) > 0 {
		if err := hubMarket.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range hubMarket.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// HubMarketScoreUpdated represents a ScoreUpdated event raised by the HubMarket contract.
type HubMarketScoreUpdated struct {
	Worker common.Address
	Score  *big.Int
	Raw    *types.Log // Blockchain specific contextual infos
}

const HubMarketScoreUpdatedEventName = "ScoreUpdated"

// ContractEventName returns the user-defined event name.
func (HubMarketScoreUpdated) ContractEventName() string {
	return HubMarketScoreUpdatedEventName
}

// UnpackScoreUpdatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ScoreUpdated(address indexed worker, uint256 score)
func (hubMarket *HubMarket) UnpackScoreUpdatedEvent(log *types.Log) (*HubMarketScoreUpdated, error) {
	event := "ScoreUpdated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != hubMarket.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(HubMarketScoreUpdated)
	if len(log.Data) > 0 {
		if err := hubMarket.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range hubMarket.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// HubMarketStakeSeized represents a StakeSeized event raised by the HubMarket contract.
type HubMarketStakeSeized struct {
	Taskid [32]byte
	Worker common.Address
	Amount *big.Int
	Raw    *types.Log // Blockchain specific contextual infos
}

const HubMarketStakeSeizedEventName = "StakeSeized"

// ContractEventName returns the user-defined event name.
func (HubMarketStakeSeized) ContractEventName() string {
	return HubMarketStakeSeizedEventName
}

// UnpackStakeSeizedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event StakeSeized(bytes32 indexed taskid, address indexed worker, uint256 amount)
func (hubMarket *HubMarket) UnpackStakeSeizedEvent(log *types.Log) (*HubMarketStakeSeized, error) {
	event := "StakeSeized"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != hubMarket.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(HubMarketStakeSeized)
	if len(log.Data) > 0 {
		if err := hubMarket.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range hubMarket.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// HubMarketTaskClaimed represents a TaskClaimed event raised by the HubMarket contract.
type HubMarketTaskClaimed struct {
	Taskid [32]byte
	Raw    *types.Log // Blockchain specific contextual infos
}

const HubMarketTaskClaimedEventName = "TaskClaimed"

// ContractEventName returns the user-defined event name.
func (HubMarketTaskClaimed) ContractEventName() string {
	return HubMarketTaskClaimedEventName
}

// UnpackTaskClaimedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event TaskClaimed(bytes32 indexed taskid)
func (hubMarket *HubMarket) UnpackTaskClaimedEvent(log *types.Log) (*HubMarketTaskClaimed, error) {
	event := "TaskClaimed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != hubMarket.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(HubMarketTaskClaimed)
	if len(log.Data) > 0 {
		if err := hubMarket.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range hubMarket.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// HubMarketTaskConsensus represents a TaskConsensus event raised by the HubMarket contract.
type HubMarketTaskConsensus struct {
	Taskid         [32]byte
	ConsensusValue [32]byte
	Raw            *types.Log // Blockchain specific contextual infos
}

const HubMarketTaskConsensusEventName = "TaskConsensus"

// ContractEventName returns the user-defined event name.
func (HubMarketTaskConsensus) ContractEventName() string {
	return HubMarketTaskConsensusEventName
}

// UnpackTaskConsensusEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event TaskConsensus(bytes32 indexed taskid, bytes32 consensusValue)
func (hubMarket *HubMarket) UnpackTaskConsensusEvent(log *types.Log) (*HubMarketTaskConsensus, error) {
	event := "TaskConsensus"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != hubMarket.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(HubMarketTaskConsensus)
	if len(log.Data) > 0 {
		if err := hubMarket.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range hubMarket.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// HubMarketTaskContribute represents a TaskContribute event raised by the HubMarket contract.
type HubMarketTaskContribute struct {
	Taskid     [32]byte
	Worker     common.Address
	ResultHash [32]byte
	Raw        *types.Log // Blockchain specific contextual infos
}

const HubMarketTaskContributeEventName = "TaskContribute"

// ContractEventName returns the user-defined event name.
func (HubMarketTaskContribute) ContractEventName() string {
	return HubMarketTaskContributeEventName
}

// UnpackTaskContributeEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event TaskContribute(bytes32 indexed taskid, address indexed worker, bytes32 resultHash)
func (hubMarket *HubMarket) UnpackTaskContributeEvent(log *types.Log) (*HubMarketTaskContribute, error) {
	event := "TaskContribute"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != hubMarket.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(HubMarketTaskContribute)
	if len(log.Data) > 0 {
		if err := hubMarket.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range hubMarket.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// HubMarketTaskFinalize represents a TaskFinalize event raised by the HubMarket contract.
type HubMarketTaskFinalize struct {
	Taskid  [32]byte
	Results []byte
	Raw     *types.Log // Blockchain specific contextual infos
}

const HubMarketTaskFinalizeEventName = "TaskFinalize"

// ContractEventName returns the user-defined event name.
func (HubMarketTaskFinalize) ContractEventName() string {
	return HubMarketTaskFinalizeEventName
}

// UnpackTaskFinalizeEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event TaskFinalize(bytes32 indexed taskid, bytes results)
func (hubMarket *HubMarket) UnpackTaskFinalizeEvent(log *types.Log) (*HubMarketTaskFinalize, error) {
	event := "TaskFinalize"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != hubMarket.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(HubMarketTaskFinalize)
	if len(log.Data) > 0 {
		if err := hubMarket.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range hubMarket.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// HubMarketTaskInitialize represents a TaskInitialize event raised by the HubMarket contract.
type HubMarketTaskInitialize struct {
	Taskid [32]byte
	Dealid [32]byte
	Idx    *big.Int
	Raw    *types.Log // Blockchain specific contextual infos
}

const HubMarketTaskInitializeEventName = "TaskInitialize"

// ContractEventName returns the user-defined event name.
func (HubMarketTaskInitialize) ContractEventName() string {
	return HubMarketTaskInitializeEventName
}

// UnpackTaskInitializeEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event TaskInitialize(bytes32 indexed taskid, bytes32 indexed dealid, uint256 idx)
func (hubMarket *HubMarket) UnpackTaskInitializeEvent(log *types.Log) (*HubMarketTaskInitialize, error) {
	event := "TaskInitialize"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != hubMarket.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(HubMarketTaskInitialize)
	if len(log.Data) > 0 {
		if err := hubMarket.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range hubMarket.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// HubMarketTaskReopen represents a TaskReopen event raised by the HubMarket contract.
type HubMarketTaskReopen struct {
	Taskid [32]byte
	Raw    *types.Log // Blockchain specific contextual infos
}

const HubMarketTaskReopenEventName = "TaskReopen"

// ContractEventName returns the user-defined event name.
func (HubMarketTaskReopen) ContractEventName() string {
	return HubMarketTaskReopenEventName
}

// UnpackTaskReopenEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event TaskReopen(bytes32 indexed taskid)
func (hubMarket *HubMarket) UnpackTaskReopenEvent(log *types.Log) (*HubMarketTaskReopen, error) {
	event := "TaskReopen"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != hubMarket.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(HubMarketTaskReopen)
	if len(log.Data) > 0 {
		if err := hubMarket.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range hubMarket.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// HubMarketTaskReveal represents a TaskReveal event raised by the HubMarket contract.
type HubMarketTaskReveal struct {
	Taskid [32]byte
	Worker common.Address
	Digest [32]byte
	Raw    *types.Log // Blockchain specific contextual infos
}

const HubMarketTaskRevealEventName = "TaskReveal"

// ContractEventName returns the user-defined event name.
func (HubMarketTaskReveal) ContractEventName() string {
	return HubMarketTaskRevealEventName
}

// UnpackTaskRevealEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event TaskReveal(bytes32 indexed taskid, address indexed worker, bytes32 digest)
func (hubMarket *HubMarket) UnpackTaskRevealEvent(log *types.Log) (*HubMarketTaskReveal, error) {
	event := "TaskReveal"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != hubMarket.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(HubMarketTaskReveal)
	if len(log.Data) > 0 {
		if err := hubMarket.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range hubMarket.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// HubMarketTaskSettled represents a TaskSettled event raised by the HubMarket contract.
type HubMarketTaskSettled struct {
	Taskid  [32]byte
	Digest  [32]byte
	Results []byte
	Raw     *types.Log // Blockchain specific contextual infos
}

const HubMarketTaskSettledEventName = "TaskSettled"

// ContractEventName returns the user-defined event name.
func (HubMarketTaskSettled) ContractEventName() string {
	return HubMarketTaskSettledEventName
}

// UnpackTaskSettledEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event TaskSettled(bytes32 indexed taskid, bytes32 digest, bytes results)
func (hubMarket *HubMarket) UnpackTaskSettledEvent(log *types.Log) (*HubMarketTaskSettled, error) {
	event := "TaskSettled"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != hubMarket.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(HubMarketTaskSettled)
	if len(log.Data) > 0 {
		if err := hubMarket.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range hubMarket.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// HubMarketWithdraw represents a Withdraw event raised by the HubMarket contract.
type HubMarketWithdraw struct {
	Account common.Address
	Amount  *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const HubMarketWithdrawEventName = "Withdraw"

// ContractEventName returns the user-defined event name.
func (HubMarketWithdraw) ContractEventName() string {
	return HubMarketWithdrawEventName
}

// UnpackWithdrawEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Withdraw(address indexed account, uint256 amount)
func (hubMarket *HubMarket) UnpackWithdrawEvent(log *types.Log) (*HubMarketWithdraw, error) {
	event := "Withdraw"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != hubMarket.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(HubMarketWithdraw)
	if len(log.Data) > 0 {
		if err := hubMarket.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range hubMarket.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// HubMarketWorkerpoolCreated represents a WorkerpoolCreated event raised by the HubMarket contract.
type HubMarketWorkerpoolCreated struct {
	Workerpool           common.Address
	Owner                common.Address
	Description          string
	WorkerStakeRatio     *big.Int
	SchedulerRewardRatio *big.Int
	Raw                  *types.Log // Blockchain specific contextual infos
}

const HubMarketWorkerpoolCreatedEventName = "WorkerpoolCreated"

// ContractEventName returns the user-defined event name.
func (HubMarketWorkerpoolCreated) ContractEventName() string {
	return HubMarketWorkerpoolCreatedEventName
}

// UnpackWorkerpoolCreatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event WorkerpoolCreated(address indexed workerpool, address indexed owner, string description, uint256 workerStakeRatio, uint256 schedulerRewardRatio)
func (hubMarket *HubMarket) UnpackWorkerpoolCreatedEvent(log *types.Log) (*HubMarketWorkerpoolCreated, error) {
	event := "WorkerpoolCreated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != hubMarket.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(HubMarketWorkerpoolCreated)
	if len(log.Data) > 0 {
		if err := hubMarket.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range hubMarket.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// HubMarketWorkerpoolPolicyUpdated represents a WorkerpoolPolicyUpdated event raised by the HubMarket contract.
type HubMarketWorkerpoolPolicyUpdated struct {
	Workerpool           common.Address
	WorkerStakeRatio     *big.Int
	SchedulerRewardRatio *big.Int
	Raw                  *types.Log // Blockchain specific contextual infos
}

const HubMarketWorkerpoolPolicyUpdatedEventName = "WorkerpoolPolicyUpdated"

// ContractEventName returns the user-defined event name.
func (HubMarketWorkerpoolPolicyUpdated) ContractEventName() string {
	return HubMarketWorkerpoolPolicyUpdatedEventName
}

// UnpackWorkerpoolPolicyUpdatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event WorkerpoolPolicyUpdated(address indexed workerpool, uint256 workerStakeRatio, uint256 schedulerRewardRatio)
func (hubMarket *HubMarket) UnpackWorkerpoolPolicyUpdatedEvent(log *types.Log) (*HubMarketWorkerpoolPolicyUpdated, error) {
	event := "WorkerpoolPolicyUpdated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != hubMarket.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(HubMarketWorkerpoolPolicyUpdated)
	if len(log.Data) > 0 {
		if err := hubMarket.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range hubMarket.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// HubTasksMetaData contains all meta data concerning the HubTasks contract.
var HubTasksMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"next\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"balance\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"frozen\",\"type\":\"uint256\"}],\"name\":\"AccountUpdated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"app\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"kind\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"name\",\"type\":\"string\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"uri\",\"type\":\"string\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"checksum\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"extra\",\"type\":\"bytes\"}],\"name\":\"AppCreated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"asset\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"}],\"name\":\"AssetTransferred\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"worker\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"workerpool\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"bonded\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"unbonding\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"releaseTime\",\"type\":\"uint256\"}],\"name\":\"BondUpdated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"taskid\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"callback\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"success\",\"type\":\"bool\"}],\"name\":\"CallbackDelivered\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"name\",\"type\":\"string\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"description\",\"type\":\"string\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"timeRef\",\"type\":\"uint256\"}],\"name\":\"CategoryCreated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"dataset\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"name\",\"type\":\"string\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"uri\",\"type\":\"string\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"checksum\",\"type\":\"bytes32\"}],\"name\":\"DatasetCreated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"dealid\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"workerpool\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"requester\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"app\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"dataset\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"category\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"trust\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"tag\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"beneficiary\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"callback\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"params\",\"type\":\"string\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"botFirst\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"volume\",\"type\":\"uint256\"}],\"name\":\"DealCreated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Deposit\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"orderHash\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"OrderCancelled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"orderHash\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"OrderPresigned\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"dealid\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"appHash\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"datasetHash\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"workerpoolHash\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"requestHash\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"volume\",\"type\":\"uint256\"}],\"name\":\"OrdersMatched\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"previousOwner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"OwnershipTransferred\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"pot\",\"type\":\"uint256\"}],\"name\":\"PotUpdated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"worker\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"score\",\"type\":\"uint256\"}],\"name\":\"ScoreUpdated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"taskid\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"worker\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"StakeSeized\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"taskid\",\"type\":\"bytes32\"}],\"name\":\"TaskClaimed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"taskid\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"consensusValue\",\"type\":\"bytes32\"}],\"name\":\"TaskConsensus\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"taskid\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"worker\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"resultHash\",\"type\":\"bytes32\"}],\"name\":\"TaskContribute\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"taskid\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"results\",\"type\":\"bytes\"}],\"name\":\"TaskFinalize\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"taskid\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"dealid\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"idx\",\"type\":\"uint256\"}],\"name\":\"TaskInitialize\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"taskid\",\"type\":\"bytes32\"}],\"name\":\"TaskReopen\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"taskid\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"worker\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"digest\",\"type\":\"bytes32\"}],\"name\":\"TaskReveal\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"taskid\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"digest\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"results\",\"type\":\"bytes\"}],\"name\":\"TaskSettled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Withdraw\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"workerpool\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"description\",\"type\":\"string\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"workerStakeRatio\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"schedulerRewardRatio\",\"type\":\"uint256\"}],\"name\":\"WorkerpoolCreated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"workerpool\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"workerStakeRatio\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"schedulerRewardRatio\",\"type\":\"uint256\"}],\"name\":\"WorkerpoolPolicyUpdated\",\"type\":\"event\"},{\"stateMutability\":\"nonpayable\",\"type\":\"fallback\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"taskid\",\"type\":\"bytes32\"}],\"name\":\"claim\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32[]\",\"name\":\"dealids\",\"type\":\"bytes32[]\"},{\"internalType\":\"uint256[]\",\"name\":\"idxs\",\"type\":\"uint256[]\"}],\"name\":\"claimArray\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"taskid\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"resultHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"resultSeal\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"authorization\",\"type\":\"bytes\"}],\"name\":\"contribute\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"taskid\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"digest\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"results\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"resultsCallback\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"authorization\",\"type\":\"bytes\"}],\"name\":\"contributeAndFinalize\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"taskid\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"results\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"resultsCallback\",\"type\":\"bytes\"}],\"name\":\"finalize\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"dealid\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"idx\",\"type\":\"uint256\"}],\"name\":\"initialize\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"taskid\",\"type\":\"bytes32\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32[]\",\"name\":\"dealids\",\"type\":\"bytes32[]\"},{\"internalType\":\"uint256[]\",\"name\":\"idxs\",\"type\":\"uint256[]\"}],\"name\":\"initializeArray\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"taskid\",\"type\":\"bytes32\"}],\"name\":\"reopen\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"taskid\",\"type\":\"bytes32\"}],\"name\":\"resultFor\",\"outputs\":[{\"internalType\":\"bytes\",\"name\":\"\",\"type\":\"bytes\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"taskid\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"digest\",\"type\":\"bytes32\"}],\"name\":\"reveal\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"taskid\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"worker\",\"type\":\"address\"}],\"name\":\"viewContribution\",\"outputs\":[{\"components\":[{\"internalType\":\"uint256\",\"name\":\"status\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"weight\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"epoch\",\"type\":\"uint256\"},{\"internalType\":\"bytes20\",\"name\":\"seal\",\"type\":\"bytes20\"}],\"internalType\":\"structContributionView\",\"name\":\"v\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"taskid\",\"type\":\"bytes32\"}],\"name\":\"viewTask\",\"outputs\":[{\"components\":[{\"internalType\":\"uint256\",\"name\":\"status\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"dealid\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"idx\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"contributionDeadline\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"revealDeadline\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"finalDeadline\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"consensusValue\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"resultDigest\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"contributorCount\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"winnerCount\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"revealCount\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"total\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"epoch\",\"type\":\"uint256\"},{\"internalType\":\"address[]\",\"name\":\"contributors\",\"type\":\"address[]\"}],\"internalType\":\"structTaskView\",\"name\":\"v\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	ID:  "0c1e54744c9a237e4227d28ae790be9a4f",
	Bin: "0x60a034606657601f61328738819003918201601f19168301916001600160401b03831184841017606a57808492602094604052833981010312606657516001600160a01b0381168103606657608052604051613208908161007f823960805181611ee00152f35b5f80fd5b634e487b7160e01b5f52604160045260245ffdfe60806040526004361015610019575b3415611ed3575b5f80fd5b5f3560e01c80635b36c66b146100d85780638df31c14146100d35780638fc375e5146100ce578063910fb622146100c9578063a5f5b8bb146100c4578063adccf0d5146100bf578063b504681d146100ba578063bd66528a146100b5578063d09cc57e146100b0578063e741363b146100ab578063f6c68e10146100a65763fc334e8c0361000e57610efa565b610d5b565b610c5d565b610bc1565b610afe565b610aae565b6108c9565b61066f565b61056b565b610417565b61012e565b346100155760403660031901126100155760206100f960243560043561137d565b604051908152f35b9181601f84011215610015578235916001600160401b038311610015576020838186019501011161001557565b34610015576080366003190112610015576004356024356044356064356001600160401b03811161001557610167903690600401610101565b90916101f361017e865f52600c60205260405f2090565b9260018401946101c56101be6101b488546101a7600160ff6101a08460ff1690565b1614611515565b60281c64ffffffffff1690565b64ffffffffff1690565b4210611286565b8615158061040e575b6101d790611558565b6101ea85545f52600b60205260405f2090565b9384868a6120b0565b604051848152339086907f3fdb8d7797562d49a81078dbf7fa1771958ea452f8b13d1148383bd9506aecfb90602090a3335f90815260046020526040902061023c905b54612392565b9161026085610253885f52600f60205260405f2090565b905f5260205260405f2090565b5461029361028e60018060e01b03926102888482169788155f146103fe57945b8511156115bf565b60e01c90565b61126b565b936102b4600384019182548481156103f5575b6102af91611279565b6115b2565b916102d16102c9865462ffffff9060c01c1690565b62ffffff1690565b80156103ed575b6102f46102ee6102e88385611258565b926115a4565b85611258565b10156103c0575050509261ffff859361039061036e6101b46103686103636102c960016103ab9a7ff6d49bf3e05d33a4bc497d3c793fb5756388bb96b947cf51bb60aaecb0e022e39e60026103bb9f6103548e600260ff19825416179055565b0155015460e01c62ffffff1690565b6111ed565b42611279565b845464ffffffffff60501b191660509190911b64ffffffffff60501b16178455565b825461ffff60b01b1916911660b01b61ffff60b01b16179055565b6040519081529081906020820190565b0390a2005b9197955095925061025391506103d96103e99460e01b90565b17935f52600f60205260405f2090565b5555005b5060016102d8565b600191506102a6565b6104089089611258565b94610280565b508315156101ce565b34610015576060366003190112610015576004356024356001600160401b0381116100155761044a903690600401610101565b91604435926001600160401b0384116100155761046e610527943690600401610101565b939092610483815f52600c60205260405f2090565b60018101549161049b600260ff8086165b161461160b565b6105226104b183545f52600b60205260405f2090565b60038101549094906104de906104d7906001600160a01b03165b6001600160a01b031690565b3314611657565b6104fc6104f5607883901c64ffffffffff166101b4565b421061169c565b61051060c082901c61ffff165b61ffff1690565b908115159182610529575b50506116e8565b61260c565b005b90915061053d60b083901c61ffff16610509565b1490811561054e575b505f8061051b565b610562915060501c64ffffffffff166101b4565b4210155f610546565b346100155760a0366003190112610015576004356024356044356001600160401b038111610015576105a1903690600401610101565b6064939193356001600160401b038111610015576105c3903690600401610101565b91608435956001600160401b038711610015576105e7610527973690600401610101565b9690956117ef565b9181601f84011215610015578235916001600160401b038311610015576020808501948460051b01011161001557565b6040600319820112610015576004356001600160401b0381116100155781610649916004016105ef565b92909291602435906001600160401b0382116100155761066b916004016105ef565b9091565b346100155761067d3661061f565b909261068a8284146119a7565b5f5b83811061069557005b806107246106a66001938786611a07565b356106d36106e16106b885898c611a07565b60408051602081019586529135908201529182906060820190565b03601f198101835282611310565b5190206106f6815f52600c60205260405f2090565b90888583018988878b61071361070d865460ff1690565b60ff1690565b1561072a575b50505050505061278b565b0161068c565b6107d8956107ab8386868f6107a161079d6107a692610762610753886107bd9f6107b39f611a07565b355f52600b60205260405f2090565b610795610770898d8d611a07565b3561078f610786845463ffffffff9060a01c1690565b63ffffffff1690565b11611126565b015460f81c90565b1590565b611a1c565b611a07565b358955611a07565b3563ffffffff1690565b64ffffffff0082549160081b169064ffffffff001916179055565b885f8988878b610719565b90602080835192838152019201905f5b8181106108005750505090565b82516001600160a01b03168452602093840193909201916001016107f3565b6101e06101a06108c6936020845280516020850152602081015160408501526040810151606085015260608101516080850152608081015160a085015260a081015160c085015260c081015160e085015260e0810151610100850152610100810151610120850152610120810151610140850152610140810151610160850152610160810151610180850152610180810151828501520151916101c08082015201906107e3565b90565b34610015576020366003190112610015576004356108e5611a85565b610a2a6108fa835f52600c60205260405f2090565b600260018201549161090f61070d8460ff1690565b85528054602086015261092b600884901c63ffffffff16610786565b6040860152610944602884901c64ffffffffff166101b4565b606086015261095d605084901c64ffffffffff166101b4565b6080860152610976607884901c64ffffffffff166101b4565b60a086015261ffff6109906105098561ffff9060a01c1690565b93846101008801526109aa6105098261ffff9060b01c1690565b6101208801526109d461070d60c083901c61ffff169261ffff84166101408b015260d01c60ff1690565b610180880152600383015480610aa9575060015b6101608801521615610a9d5701548060e0850152604051610a1d816106d3602082019489869091604092825260208201520190565b51902060c0840152611b13565b916101a082019283525f5b835151811015610a8b5780610a85610a6b610a5e600194610253875f52600e60205260405f2090565b546001600160a01b031690565b610a76838851611b45565b6001600160a01b039091169052565b01610a35565b60405180610a99858261081f565b0390f35b015460c0840152611b13565b6109e8565b3461001557610abc3661061f565b90610ac88284146119a7565b5f5b838110610ad357005b80610af7610ae46001938789611a07565b35610af0838787611a07565b359061137d565b5001610aca565b3461001557602036600319011261001557600435805f52600c60205260405f2060ff60018201541615610b34576105279161278b565b60405162461bcd60e51b815260206004820152602a60248201527f6875623a207461736b206e6f7420696e697469616c697a6564202875736520636044820152696c61696d41727261792960b01b6064820152608490fd5b805180835260209291819084018484015e5f828201840152601f01601f1916010190565b9060206108c6928181520190610b8c565b3461001557602036600319011261001557600435805f52600c602052600360ff600160405f2001541603610c1857610c0c610c07610a99925f52601160205260405f2090565b611b91565b60405191829182610bb0565b60405162461bcd60e51b815260206004820152601760248201527f6875623a207461736b206e6f7420636f6d706c657465640000000000000000006044820152606490fd5b34610015576040366003190112610015576024356004356001600160a01b038216820361001557610a9991610d1860405192610c98846112f0565b5f845260208401925f8452610cf4610cdf60408701925f8452610cca60608901955f87525f52600d60205260405f2090565b9060018060a01b03165f5260205260405f2090565b54606081901b6001600160601b031916909352565b60ff610d008360a01c90565b16855260ff610d0f8360a81c90565b16905260b01c90565b90526040519182918291909160606080820193805183526020810151602084015260408101516040840152816bffffffffffffffffffffffff1991015116910152565b3461001557602036600319011261001557600435610ed4610d84825f52600c60205260405f2090565b5f6001820191610e1260ff80610e0b8654610da56002846104948460ff1690565b610dd16104d76104cb6003610dc38a545f52600b60205260405f2090565b01546001600160a01b031690565b610df0610de8605083901c64ffffffffff166101b4565b421015611c2f565b610e0260c082901c61ffff1615611c7a565b60d01c60ff1690565b1610611cc6565b6002810190815490610e4c610e33836102538a5f52600f60205260405f2090565b546003909201805490926001600160e01b0316906115b2565b905582610e6582610253895f52600f60205260405f2090565b55610ead60ff610e82610e7d875460ff9060d01c1690565b611d0a565b865460ff60d01b191660d082901b60ff60d01b161787551691610253885f52601060205260405f2090565b55825460ff191660011783555580546dffff00000000000000ffffffffff60501b19169055565b7f3afe0f24796ce653c6ab1f3e7aba5ce564eece5e82aee724aff28253e829f07b5f80a2005b3461001557604036600319011261001557600435602435906110a2610f27825f52600c60205260405f2090565b611086610509600183019286845491610f47600260ff6104948660ff1690565b610f65610f5e605085901c64ffffffffff166101b4565b4210611d2e565b610f8c610f7a895f52600d60205260405f2090565b335f9081526020919091526040902090565b5492610fa6600160ff610f9f8760a01c90565b1614611d7a565b60408051602081018b8152918101859052610fc481606081016106d3565b51902093610fd960c083901c61ffff16610509565b948a60ff611049881595865f1461111257610ff960028901548614611dc6565b6040516001600160601b03193360601b16602082019081526034820186905260548083018c90528252610e029190611032607483611310565b905190206001600160a01b03888116911614611e23565b166110dd575b50505f8a8152600d6020526040902060ff60a01b19909116600160a11b1790611079903390610cca565b556110d2575b505061126b565b815461ffff60c01b191660c09190911b61ffff60c01b16179055565b60405191825233917f4b1763d473ac8fa80b4432ba90047e1b92444d8fabc55e6a002d9b1a316d795990602090a3005b60020155865f61107f565b61110361110b9261025360ff6110f38760a81c90565b16935f52601060205260405f2090565b541115611e7b565b5f8a61104f565b61112160028901548a14611dc6565b610ff9565b1561112d57565b60405162461bcd60e51b815260206004820152601c60248201527f6875623a207461736b20696e646578206f7574206f662072616e6765000000006044820152606490fd5b1561117957565b60405162461bcd60e51b815260206004820152603260248201527f6875623a2062617463686564206465616c3a20697473207461736b732061726560448201527120736574746c656420627920736574746c6560701b6064820152608490fd5b634e487b7160e01b5f52601160045260245ffd5b600181901b91906001600160ff1b0381160361120557565b6111d9565b908160070291600783040361120557565b9081600a0291600a83040361120557565b908160011b918083046002149015171561120557565b90601e820291808304601e149015171561120557565b8181029291811591840414171561120557565b906001820180921161120557565b9190820180921161120557565b1561128d57565b60405162461bcd60e51b815260206004820152602160248201527f6875623a20636f6e747269627574696f6e20646561646c696e652070617373656044820152601960fa1b6064820152608490fd5b634e487b7160e01b5f52604160045260245ffd5b608081019081106001600160401b0382111761130b57604052565b6112dc565b90601f801991011681019081106001600160401b0382111761130b57604052565b1561133857565b60405162461bcd60e51b815260206004820152601d60248201527f6875623a207461736b20616c726561647920696e697469616c697a65640000006044820152606490fd5b6101b492917f32c962542d69319c24f1d0f276e93f79f27ef1a7c2766edac7abe22f718ae55d6115106113b8845f52600b60205260405f2090565b926103ab6114156102c96114096101b460018954996113eb6113e46107868d63ffffffff9060a01c1690565b8910611126565b0154986114036113fe61079d8c60f81c90565b611172565b60d81c90565b9660e01c62ffffff1690565b61142a6101be6114248361120a565b88611279565b60408051602081018981529181018590526114ee919061144d81606081016106d3565b519020998a976114e86114688a5f52600c60205260405f2090565b948b600187019661148660ff61147f8a5460ff1690565b1615611331565b55855464ffffffff0060088a901b1664ffffffffff199091161760011786556114e36114bd6101b46114b78461120a565b86611279565b875469ffffffffff0000000000191660289190911b69ffffffffff000000000016178755565b61121b565b90611279565b815464ffffffffff60781b191660789190911b64ffffffffff60781b16179055565b0390a3565b1561151c57565b60405162461bcd60e51b81526020600482015260146024820152736875623a207461736b206e6f742061637469766560601b6044820152606490fd5b1561155f57565b60405162461bcd60e51b815260206004820152601e60248201527f6875623a20656d70747920726573756c742068617368206f72207365616c00006044820152606490fd5b5f1981019190821161120557565b9190820391821161120557565b156115c657565b60405162461bcd60e51b815260206004820152601a60248201527f6875623a2067726f757020776569676874206f766572666c6f770000000000006044820152606490fd5b1561161257565b60405162461bcd60e51b815260206004820152601760248201527f6875623a207461736b206e6f742072657665616c696e670000000000000000006044820152606490fd5b1561165e57565b60405162461bcd60e51b8152602060048201526016602482015275343ab11d103737ba103a34329039b1b432b23ab632b960511b6044820152606490fd5b156116a357565b60405162461bcd60e51b815260206004820152601a60248201527f6875623a2066696e616c20646561646c696e65207061737365640000000000006044820152606490fd5b156116ef57565b60405162461bcd60e51b815260206004820152601a60248201527f6875623a2072657665616c73207374696c6c2070656e64696e670000000000006044820152606490fd5b1561173b57565b60405162461bcd60e51b815260206004820152602e60248201527f6875623a2074727573742061626f76652031206e6565647320636f6e7472696260448201526d1d5d1948185b99081c995d99585b60921b6064820152608490fd5b1561179e57565b60405162461bcd60e51b815260206004820152602360248201527f6875623a207461736b20616c72656164792068617320636f6e747269627574696044820152626f6e7360e81b6064820152608490fd5b96909591929394958761180a815f52600c60205260405f2090565b926001840180549561181c8760ff1690565b60ff1660011461182b90611515565b61184164ffffffffff602889901c164210611286565b8554611855905f52600b60205260405f2090565b805490979060c01c62ffffff1662ffffff166001101561187490611734565b60a01c61ffff1661ffff161561188990611797565b60408051602081018681528183018890529181526118a8606082611310565b5190206040516001600160601b03193360601b16602082019081526034820187905260548083018990528252919491906118e3607482611310565b519020916118f3928989886122b4565b60028501849055805463ffffffff60b01b19166201000160b01b179055604051818152339083907f3fdb8d7797562d49a81078dbf7fa1771958ea452f8b13d1148383bd9506aecfb90602090a36040519081527ff6d49bf3e05d33a4bc497d3c793fb5756388bb96b947cf51bb60aaecb0e022e390602090a2604051908152339088907f4b1763d473ac8fa80b4432ba90047e1b92444d8fabc55e6a002d9b1a316d795990602090a36119a59661260c565b565b156119ae57565b60405162461bcd60e51b815260206004820152601960248201527f6875623a206172726179206c656e6774687320646966666572000000000000006044820152606490fd5b634e487b7160e01b5f52603260045260245ffd5b9190811015611a175760051b0190565b6119f3565b15611a2357565b60405162461bcd60e51b815260206004820152603460248201527f6875623a2062617463686564206465616c3a20636c61696d20697473207461736044820152731adcc81dda5d1a0818db185a5b50985d18da195960621b6064820152608490fd5b604051906101c082018281106001600160401b0382111761130b5760405260606101a0835f81525f60208201525f60408201525f838201525f60808201525f60a08201525f60c08201525f60e08201525f6101008201525f6101208201525f6101408201525f6101608201525f6101808201520152565b6001600160401b03811161130b5760051b60200190565b90611b1d82611afc565b611b2a6040519182611310565b8281528092611b3b601f1991611afc565b0190602036910137565b8051821015611a175760209160051b010190565b90600182811c92168015611b87575b6020831014611b7357565b634e487b7160e01b5f52602260045260245ffd5b91607f1691611b68565b9060405191825f825492611ba484611b59565b8084529360018116908115611c0d5750600114611bc9575b506119a592500383611310565b90505f9291925260205f20905f915b818310611bf15750509060206119a5928201015f611bbc565b6020919350806001915483858901015201910190918492611bd8565b9050602092506119a594915060ff191682840152151560051b8201015f611bbc565b15611c3657565b606460405162461bcd60e51b815260206004820152602060248201527f6875623a2072657665616c20646561646c696e65206e6f7420726561636865646044820152fd5b15611c8157565b60405162461bcd60e51b815260206004820152601a60248201527f6875623a20612077696e6e6572206861732072657665616c65640000000000006044820152606490fd5b15611ccd57565b60405162461bcd60e51b81526020600482015260156024820152746875623a20746f6f206d616e792072656f70656e7360581b6044820152606490fd5b60ff60019116019060ff821161120557565b60ff601b9116019060ff821161120557565b15611d3557565b60405162461bcd60e51b815260206004820152601b60248201527f6875623a2072657665616c20646561646c696e652070617373656400000000006044820152606490fd5b15611d8157565b60405162461bcd60e51b815260206004820152601e60248201527f6875623a206e6f20636f6e747269627574696f6e20746f2072657665616c00006044820152606490fd5b15611dcd57565b60405162461bcd60e51b815260206004820152602860248201527f6875623a2064696765737420646f6573206e6f74206d617463682074686520636044820152676f6e73656e73757360c01b6064820152608490fd5b15611e2a57565b60405162461bcd60e51b815260206004820152602360248201527f6875623a207365616c20646f6573206e6f74206d617463682074686520646967604482015262195cdd60ea1b6064820152608490fd5b15611e8257565b60405162461bcd60e51b8152602060048201526024808201527f6875623a20636f6e747269627574696f6e2072656a656374656420627920726560448201526337b832b760e11b6064820152608490fd5b604051365f82375f8036837f00000000000000000000000000000000000000000000000000000000000000005af43d5f833e15611f0e573d90f35b3d90fd5b15611f1957565b60405162461bcd60e51b8152602060048201526024808201527f6875623a20696e76616c6964207363686564756c657220617574686f72697a616044820152633a34b7b760e11b6064820152608490fd5b15611f7157565b60405162461bcd60e51b815260206004820152601860248201527f6875623a20616c726561647920636f6e747269627574656400000000000000006044820152606490fd5b15611fbd57565b60405162461bcd60e51b815260206004820152601a60248201527f6875623a20746f6f206d616e7920636f6e7472696275746f72730000000000006044820152606490fd5b811561200c570490565b634e487b7160e01b5f52601260045260245ffd5b6040519061202f606083611310565b6029825268697473207374616b6560b81b6040837f6875623a20776f726b65722062616c616e636520746f6f206c6f7720666f722060208201520152565b1561207457565b60405162461bcd60e51b81526020600482015260146024820152736875623a2073636f726520746f6f206c6172676560601b6044820152606490fd5b61028e9060016105099493612152600361212e6119a59b6122989a9b6121296040516020810190612121816106d38d33866040909392919360608101947fc4d35c896dfe0098646ad436fd037b558a996a554f0d0a32efd63ef997305ac8825260018060a01b031660208201520152565b5190206128a2565b612960565b960154956121446001600160a01b0388166104cb565b90848060a01b031614611f12565b61217261216b33610cca865f52600d60205260405f2090565b5415611f6a565b01956121e86121d96121d26121906105098b5461ffff9060a01c1690565b9661219e61ffff8910611fb6565b6121cc61070d6121c260a084901c6001600160401b03165b6001600160401b031690565b9260e01c60ff1690565b90611258565b6064900490565b6121e1612020565b9033612a4e565b335f90815260046020526040902061224a9061220390610236565b9161221463ffffffff84111561206d565b600160a01b5b89546001600160a01b0390921617906122429061223c9060d01c60ff1661070d565b60a81b90565b179160b01b90565b1761226133610cca845f52600d60205260405f2090565b556122798361025333935f52600e60205260405f2090565b80546001600160a01b0319166001600160a01b03909216919091179055565b815461ffff60a01b191660a09190911b61ffff60a01b16179055565b61028e9060016105099493612325600361212e6119a59b6122989a9b6121296040516020810190612121816106d38d33866040909392919360608101947fc4d35c896dfe0098646ad436fd037b558a996a554f0d0a32efd63ef997305ac8825260018060a01b031660208201520152565b61233e61216b33610cca865f52600d60205260405f2090565b019561235c6121d96121d26121906105098b5461ffff9060a01c1690565b335f90815260046020526040902061224a9061237790610236565b9161238863ffffffff84111561206d565b600160a11b61221a565b60039004600381115f146123af575b5f1981019081116112055790565b5060036123a1565b156123be57565b60405162461bcd60e51b815260206004820152602360248201527f6875623a2063616c6c6261636b2064617461206f76657220313633383420627960448201526274657360e81b6064820152608490fd5b9291926001600160401b03821161130b5760405191612438601f8201601f191660200184611310565b829481845281830111610015578281602093845f960137010152565b1561245b57565b60405162461bcd60e51b815260206004820152602c60248201527f6875623a2063616c6c6261636b206461746120646f6573206e6f74206d61746360448201526b1a081d1a1948191a59d95cdd60a21b6064820152608490fd5b908060209392818452848401375f828201840152601f01601f1916010190565b9160206108c69381815201916124b5565b919091601f83116124f7575b505050565b81831161250357505050565b5f5260205f206020601f830160051c921061253c575b81601f9101920160051c03905f5b828110156124f2575f82820155600101612527565b5f9150612519565b9092916001600160401b03811161130b57612569816125638454611b59565b846124e6565b5f601f82116001146125a75781906125989394955f9261259c575b50508160011b915f199060031b1c19161790565b9055565b013590505f80612584565b601f198216946125ba845f5260205f2090565b915f5b8781106125f45750836001959697106125db575b505050811b019055565b01355f19600384901b60f8161c191690555f80806125d1565b909260206001819286860135815501940191016125bd565b9594937f78ce8a8bc0fcb704e8ba3b3dbb36aa88002df8038128b4af2f27ef65db6650449086939461270e899461264c600489015460018060a01b031690565b9789600283015460018060a01b038b161515998a612759575b50505060018201805460ff1916600317905560018101916127086126976121b685546001600160401b039060a01c1690565b61270360028501610a5e6126b96121b683546001600160401b039060a01c1690565b936127036126d86121b660038b01546001600160401b039060a01c1690565b8954909a90610a5e906001600160a01b03166126fd8d6126f88b88611279565b611279565b90612b36565b612b68565b87612bde565b61271d604051928392836124d5565b0390a261272b575b50505050565b8361274b8484612746612750985f52601160205260405f2090565b612544565b612e09565b5f808080612725565b612783928161276f6140006127769411156123b7565b369161240f565b6020815191012014612454565b895f8c612665565b906001810190600360ff835416101561284f576105096127e56121d26127bd6127f194545f52600b60205260405f2090565b6121cc61070d60036127ce84612f36565b895460ff19166004178a5593015460e01c60ff1690565b925460a01c61ffff1690565b905f5b828110612824575050507fcbc308b5f91040d2659a5201858344b0b583cd2f9e18e8470c2fa052c5b21ff85f80a2565b8061284983612844610a5e6001956102538a5f52600e60205260405f2090565b61302a565b016127f4565b60405162461bcd60e51b815260206004820152602560248201527f6875623a207461736b20616c726561647920636f6d706c65746564206f722066604482015264185a5b195960da1b6064820152608490fd5b60429060405160208101907f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f82527f2363570db6636b46837295cca606d1b1c4e086b0691fd8ddb869551f968b204f60408201527fc89efdaa54c0f20c7adf612882df0950f5a951637e0307cdcb4c672f298b8bc660608201524660808201523060a082015260a0815261293760c082611310565b519020906040519161190160f01b8352600283015260228201522090565b6040513d5f823e3d90fd5b9160401901612a285760208101359060408101355f1a90601b8210612a18575b60ff8216601b8114159081612a0c575b50612a04577f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a08311612a04576129ec5f936020956040519485943591859094939260ff6060936080840197845216602083015260408201520152565b838052039060015afa156129ff575f5190565b612955565b505050505f90565b601c915014155f612990565b90612a2290611d1c565b90612980565b50505f90565b906001600160801b03809116911601906001600160801b03821161120557565b60018060a01b0381165f52600360205260405f20916001600160801b0383541693818510612aee575080840393841161120557612ac9612ae991612ab46001600160801b036119a5971686906001600160801b03166001600160801b0319825416179055565b6001600160801b03855460801c911690612a2e565b83546001600160801b031660809190911b6001600160801b031916178355565b6130f8565b60405162461bcd60e51b815260206004820152908190612b12906024830190610b8c565b0390fd5b906001600160801b03809116911603906001600160801b03821161120557565b906119a59160018060a01b0381165f526003602052612ae9612ac9612b5e60405f2094613146565b845460801c612b16565b9080158015612bcd575b612bc9576119a59160018060a01b0381165f526003602052612ae9612bad612b9d60405f2094613146565b6001600160801b03855416612a2e565b83546001600160801b0319166001600160801b03909116178355565b5050565b506001600160a01b03821615612b72565b93929190612bfa6105096001600393015461ffff9060a01c1690565b910190612c156121d26102ee61070d855460ff9060e01c1690565b9183925f925f5b818110612d5b5750612c4b612c456121d2612c3f61070d875460ff9060e81c1690565b88611258565b866115b2565b905f945f5b828110612c8d57505092549697506119a596612c87949350612c8192506121d291506001600160a01b031695611242565b926115b2565b9161308b565b80610cca612cc18d612cb0610a5e600196610253845f52600e60205260405f2090565b9283915f52600d60205260405f2090565b5484600260ff612cd18460a01c90565b1614612ce1575b50505001612c50565b612d0b612d1291612d06612d00612cfb612d1a9660b01c90565b6131e0565b8b611258565b612002565b809b611279565b99888361308b565b828511612d29575b8084612cd8565b6001600160a01b0381165f908152600460205260409020612d559190612d4f905461126b565b9061319d565b5f612d22565b93612d75610a5e866102538c5f52600e60205260405f2090565b612d8b81610cca8c5f52600d60205260405f2090565b5490600260ff612d9b8460a01c90565b1603612dbd57506001916114e8612cfb612db59360b01c90565b945b01612c1c565b96600192969150612dd685612e04926126f8828c612b36565b97612d4f612dfd612df78360018060a01b03165f52600460205260405f2090565b5461122c565b6003900490565b612db7565b91612e406106d3919492946040519283916020830195635dd8085560e01b87528760248501526040604485015260648401916124b5565b5a6201b3e311612e99575f807f3a802e540bbdaebec4451c67f12a7d6ac30d3c0bdfd9a68d4cef337896838dc8936115109351908288620186a0f160405190151581526001600160a01b03909416939081906020820190565b60405162461bcd60e51b8152602060048201526024808201527f6875623a206e6f7420656e6f7567682067617320666f72207468652063616c6c6044820152636261636b60e01b6064820152608490fd5b15612ef157565b60405162461bcd60e51b815260206004820152601f60248201527f6875623a2066696e616c20646561646c696e65206e6f742072656163686564006044820152606490fd5b908154612f438160d81c90565b60018401549064ffffffffff16612f6262ffffff60e084901c1661121b565b612f6b91611279565b421015612f7790612eea565b6003840180546002909501546001600160401b0360a096871c81169692946001600160a01b0316938793612fb393811c83169291901c16611279565b90612fbd91611279565b612fc69161302a565b612fcf83611242565b60649004905481906001600160a01b031690612fea91612b36565b60025490612ff791611279565b60028190556040519081527f2ba2169cd2502a6cc4fd55f87f2dcbceef588b593aa4fdc883d4fc62e65ed6a990602090a1565b906119a59160018060a01b0381165f526003602052612ae9612bad612b9d60405f209461308661306661305c83613146565b885460801c612b16565b87546001600160801b031660809190911b6001600160801b031916178755565b613146565b6001600160a01b0381165f90815260036020526040902091926130dd6130bd6130b386613146565b855460801c612b16565b84546001600160801b031660809190911b6001600160801b031916178455565b830180931161120557612ae9612bad612b9d6119a595613146565b9054604080516001600160801b038316815260809290921c60208301526001600160a01b03909216917f4510314558259843825372fc84b1ae19cb70b8c44805daf4808354e78a05cf6b91a2565b6001600160801b038111613160576001600160801b031690565b60405162461bcd60e51b81526020600482015260156024820152746875623a20616d6f756e7420746f6f206c6172676560581b6044820152606490fd5b60207f66ead48cfe0e1d1aa8bad492e906c348dfcfeecbf3b7b2cdf9b1f3cfa42a29459160018060a01b031692835f52600482528060405f2055604051908152a2565b905f915b600181116131ef5750565b6001928301921c6131e456fea164736f6c6343000825000a",
}

// HubTasks is an auto generated Go binding around an Ethereum contract.
type HubTasks struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *HubTasks) GetABI() abi.ABI {
	return c.abi
}

// NewHubTasks creates a new instance of HubTasks.
func NewHubTasks() *HubTasks {
	parsed, err := HubTasksMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &HubTasks{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *HubTasks) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address next) returns()
func (hubTasks *HubTasks) PackConstructor(next common.Address) []byte {
	enc, err := hubTasks.abi.Pack("", next)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackClaim is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbd66528a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function claim(bytes32 taskid) returns()
func (hubTasks *HubTasks) PackClaim(taskid [32]byte) []byte {
	enc, err := hubTasks.abi.Pack("claim", taskid)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackClaim is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbd66528a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function claim(bytes32 taskid) returns()
func (hubTasks *HubTasks) TryPackClaim(taskid [32]byte) ([]byte, error) {
	return hubTasks.abi.Pack("claim", taskid)
}

// PackClaimArray is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa5f5b8bb.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function claimArray(bytes32[] dealids, uint256[] idxs) returns()
func (hubTasks *HubTasks) PackClaimArray(dealids [][32]byte, idxs []*big.Int) []byte {
	enc, err := hubTasks.abi.Pack("claimArray", dealids, idxs)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackClaimArray is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa5f5b8bb.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function claimArray(bytes32[] dealids, uint256[] idxs) returns()
func (hubTasks *HubTasks) TryPackClaimArray(dealids [][32]byte, idxs []*big.Int) ([]byte, error) {
	return hubTasks.abi.Pack("claimArray", dealids, idxs)
}

// PackContribute is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8df31c14.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function contribute(bytes32 taskid, bytes32 resultHash, bytes32 resultSeal, bytes authorization) returns()
func (hubTasks *HubTasks) PackContribute(taskid [32]byte, resultHash [32]byte, resultSeal [32]byte, authorization []byte) []byte {
	enc, err := hubTasks.abi.Pack("contribute", taskid, resultHash, resultSeal, authorization)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackContribute is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8df31c14.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function contribute(bytes32 taskid, bytes32 resultHash, bytes32 resultSeal, bytes authorization) returns()
func (hubTasks *HubTasks) TryPackContribute(taskid [32]byte, resultHash [32]byte, resultSeal [32]byte, authorization []byte) ([]byte, error) {
	return hubTasks.abi.Pack("contribute", taskid, resultHash, resultSeal, authorization)
}

// PackContributeAndFinalize is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x910fb622.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function contributeAndFinalize(bytes32 taskid, bytes32 digest, bytes results, bytes resultsCallback, bytes authorization) returns()
func (hubTasks *HubTasks) PackContributeAndFinalize(taskid [32]byte, digest [32]byte, results []byte, resultsCallback []byte, authorization []byte) []byte {
	enc, err := hubTasks.abi.Pack("contributeAndFinalize", taskid, digest, results, resultsCallback, authorization)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackContributeAndFinalize is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x910fb622.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function contributeAndFinalize(bytes32 taskid, bytes32 digest, bytes results, bytes resultsCallback, bytes authorization) returns()
func (hubTasks *HubTasks) TryPackContributeAndFinalize(taskid [32]byte, digest [32]byte, results []byte, resultsCallback []byte, authorization []byte) ([]byte, error) {
	return hubTasks.abi.Pack("contributeAndFinalize", taskid, digest, results, resultsCallback, authorization)
}

// PackFinalize is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8fc375e5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function finalize(bytes32 taskid, bytes results, bytes resultsCallback) returns()
func (hubTasks *HubTasks) PackFinalize(taskid [32]byte, results []byte, resultsCallback []byte) []byte {
	enc, err := hubTasks.abi.Pack("finalize", taskid, results, resultsCallback)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackFinalize is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8fc375e5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function finalize(bytes32 taskid, bytes results, bytes resultsCallback) returns()
func (hubTasks *HubTasks) TryPackFinalize(taskid [32]byte, results []byte, resultsCallback []byte) ([]byte, error) {
	return hubTasks.abi.Pack("finalize", taskid, results, resultsCallback)
}

// PackInitialize is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5b36c66b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function initialize(bytes32 dealid, uint256 idx) returns(bytes32 taskid)
func (hubTasks *HubTasks) PackInitialize(dealid [32]byte, idx *big.Int) []byte {
	enc, err := hubTasks.abi.Pack("initialize", dealid, idx)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackInitialize is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5b36c66b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function initialize(bytes32 dealid, uint256 idx) returns(bytes32 taskid)
func (hubTasks *HubTasks) TryPackInitialize(dealid [32]byte, idx *big.Int) ([]byte, error) {
	return hubTasks.abi.Pack("initialize", dealid, idx)
}

// UnpackInitialize is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5b36c66b.
//
// Solidity: function initialize(bytes32 dealid, uint256 idx) returns(bytes32 taskid)
func (hubTasks *HubTasks) UnpackInitialize(data []byte) ([32]byte, error) {
	out, err := hubTasks.abi.Unpack("initialize", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackInitializeArray is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb504681d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function initializeArray(bytes32[] dealids, uint256[] idxs) returns()
func (hubTasks *HubTasks) PackInitializeArray(dealids [][32]byte, idxs []*big.Int) []byte {
	enc, err := hubTasks.abi.Pack("initializeArray", dealids, idxs)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackInitializeArray is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb504681d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function initializeArray(bytes32[] dealids, uint256[] idxs) returns()
func (hubTasks *HubTasks) TryPackInitializeArray(dealids [][32]byte, idxs []*big.Int) ([]byte, error) {
	return hubTasks.abi.Pack("initializeArray", dealids, idxs)
}

// PackReopen is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf6c68e10.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function reopen(bytes32 taskid) returns()
func (hubTasks *HubTasks) PackReopen(taskid [32]byte) []byte {
	enc, err := hubTasks.abi.Pack("reopen", taskid)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackReopen is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf6c68e10.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function reopen(bytes32 taskid) returns()
func (hubTasks *HubTasks) TryPackReopen(taskid [32]byte) ([]byte, error) {
	return hubTasks.abi.Pack("reopen", taskid)
}

// PackResultFor is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd09cc57e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function resultFor(bytes32 taskid) view returns(bytes)
func (hubTasks *HubTasks) PackResultFor(taskid [32]byte) []byte {
	enc, err := hubTasks.abi.Pack("resultFor", taskid)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackResultFor is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd09cc57e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function resultFor(bytes32 taskid) view returns(bytes)
func (hubTasks *HubTasks) TryPackResultFor(taskid [32]byte) ([]byte, error) {
	return hubTasks.abi.Pack("resultFor", taskid)
}

// UnpackResultFor is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd09cc57e.
//
// Solidity: function resultFor(bytes32 taskid) view returns(bytes)
func (hubTasks *HubTasks) UnpackResultFor(data []byte) ([]byte, error) {
	out, err := hubTasks.abi.Unpack("resultFor", data)
	if err != nil {
		return *new([]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([]byte)).(*[]byte)
	return out0, nil
}

// PackReveal is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfc334e8c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function reveal(bytes32 taskid, bytes32 digest) returns()
func (hubTasks *HubTasks) PackReveal(taskid [32]byte, digest [32]byte) []byte {
	enc, err := hubTasks.abi.Pack("reveal", taskid, digest)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackReveal is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfc334e8c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function reveal(bytes32 taskid, bytes32 digest) returns()
func (hubTasks *HubTasks) TryPackReveal(taskid [32]byte, digest [32]byte) ([]byte, error) {
	return hubTasks.abi.Pack("reveal", taskid, digest)
}

// PackViewContribution is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe741363b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function viewContribution(bytes32 taskid, address worker) view returns((uint256,uint256,uint256,bytes20) v)
func (hubTasks *HubTasks) PackViewContribution(taskid [32]byte, worker common.Address) []byte {
	enc, err := hubTasks.abi.Pack("viewContribution", taskid, worker)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackViewContribution is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe741363b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function viewContribution(bytes32 taskid, address worker) view returns((uint256,uint256,uint256,bytes20) v)
func (hubTasks *HubTasks) TryPackViewContribution(taskid [32]byte, worker common.Address) ([]byte, error) {
	return hubTasks.abi.Pack("viewContribution", taskid, worker)
}

// UnpackViewContribution is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe741363b.
//
// Solidity: function viewContribution(bytes32 taskid, address worker) view returns((uint256,uint256,uint256,bytes20) v)
func (hubTasks *HubTasks) UnpackViewContribution(data []byte) (ContributionView, error) {
	out, err := hubTasks.abi.Unpack("viewContribution", data)
	if err != nil {
		return *new(ContributionView), err
	}
	out0 := *abi.ConvertType(out[0], new(ContributionView)).(*ContributionView)
	return out0, nil
}

// PackViewTask is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xadccf0d5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function viewTask(bytes32 taskid) view returns((uint256,bytes32,uint256,uint256,uint256,uint256,bytes32,bytes32,uint256,uint256,uint256,uint256,uint256,address[]) v)
func (hubTasks *HubTasks) PackViewTask(taskid [32]byte) []byte {
	enc, err := hubTasks.abi.Pack("viewTask", taskid)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackViewTask is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xadccf0d5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function viewTask(bytes32 taskid) view returns((uint256,bytes32,uint256,uint256,uint256,uint256,bytes32,bytes32,uint256,uint256,uint256,uint256,uint256,address[]) v)
func (hubTasks *HubTasks) TryPackViewTask(taskid [32]byte) ([]byte, error) {
	return hubTasks.abi.Pack("viewTask", taskid)
}

// UnpackViewTask is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xadccf0d5.
//
// Solidity: function viewTask(bytes32 taskid) view returns((uint256,bytes32,uint256,uint256,uint256,uint256,bytes32,bytes32,uint256,uint256,uint256,uint256,uint256,address[]) v)
func (hubTasks *HubTasks) UnpackViewTask(data []byte) (TaskView, error) {
	out, err := hubTasks.abi.Unpack("viewTask", data)
	if err != nil {
		return *new(TaskView), err
	}
	out0 := *abi.ConvertType(out[0], new(TaskView)).(*TaskView)
	return out0, nil
}

// HubTasksAccountUpdated represents a AccountUpdated event raised by the HubTasks contract.
type HubTasksAccountUpdated struct {
	Account common.Address
	Balance *big.Int
	Frozen  *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const HubTasksAccountUpdatedEventName = "AccountUpdated"

// ContractEventName returns the user-defined event name.
func (HubTasksAccountUpdated) ContractEventName() string {
	return HubTasksAccountUpdatedEventName
}

// UnpackAccountUpdatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event AccountUpdated(address indexed account, uint256 balance, uint256 frozen)
func (hubTasks *HubTasks) UnpackAccountUpdatedEvent(log *types.Log) (*HubTasksAccountUpdated, error) {
	event := "AccountUpdated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != hubTasks.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(HubTasksAccountUpdated)
	if len(log.Data) > 0 {
		if err := hubTasks.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range hubTasks.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// HubTasksAppCreated represents a AppCreated event raised by the HubTasks contract.
type HubTasksAppCreated struct {
	App      common.Address
	Owner    common.Address
	Kind     uint8
	Name     string
	Uri      string
	Checksum [32]byte
	Extra    []byte
	Raw      *types.Log // Blockchain specific contextual infos
}

const HubTasksAppCreatedEventName = "AppCreated"

// ContractEventName returns the user-defined event name.
func (HubTasksAppCreated) ContractEventName() string {
	return HubTasksAppCreatedEventName
}

// UnpackAppCreatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event AppCreated(address indexed app, address indexed owner, uint8 kind, string name, string uri, bytes32 checksum, bytes extra)
func (hubTasks *HubTasks) UnpackAppCreatedEvent(log *types.Log) (*HubTasksAppCreated, error) {
	event := "AppCreated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != hubTasks.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(HubTasksAppCreated)
	if len(log.Data) > 0 {
		if err := hubTasks.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range hubTasks.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// HubTasksAssetTransferred represents a AssetTransferred event raised by the HubTasks contract.
type HubTasksAssetTransferred struct {
	Asset common.Address
	From  common.Address
	To    common.Address
	Raw   *types.Log // Blockchain specific contextual infos
}

const HubTasksAssetTransferredEventName = "AssetTransferred"

// ContractEventName returns the user-defined event name.
func (HubTasksAssetTransferred) ContractEventName() string {
	return HubTasksAssetTransferredEventName
}

// UnpackAssetTransferredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event AssetTransferred(address indexed asset, address indexed from, address indexed to)
func (hubTasks *HubTasks) UnpackAssetTransferredEvent(log *types.Log) (*HubTasksAssetTransferred, error) {
	event := "AssetTransferred"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != hubTasks.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(HubTasksAssetTransferred)
	if len(log.Data) > 0 {
		if err := hubTasks.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range hubTasks.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// HubTasksBondUpdated represents a BondUpdated event raised by the HubTasks contract.
type HubTasksBondUpdated struct {
	Worker      common.Address
	Workerpool  common.Address
	Bonded      *big.Int
	Unbonding   *big.Int
	ReleaseTime *big.Int
	Raw         *types.Log // Blockchain specific contextual infos
}

const HubTasksBondUpdatedEventName = "BondUpdated"

// ContractEventName returns the user-defined event name.
func (HubTasksBondUpdated) ContractEventName() string {
	return HubTasksBondUpdatedEventName
}

// UnpackBondUpdatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event BondUpdated(address indexed worker, address indexed workerpool, uint256 bonded, uint256 unbonding, uint256 releaseTime)
func (hubTasks *HubTasks) UnpackBondUpdatedEvent(log *types.Log) (*HubTasksBondUpdated, error) {
	event := "BondUpdated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != hubTasks.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(HubTasksBondUpdated)
	if len(log.Data) > 0 {
		if err := hubTasks.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range hubTasks.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// HubTasksCallbackDelivered represents a CallbackDelivered event raised by the HubTasks contract.
type HubTasksCallbackDelivered struct {
	Taskid   [32]byte
	Callback common.Address
	Success  bool
	Raw      *types.Log // Blockchain specific contextual infos
}

const HubTasksCallbackDeliveredEventName = "CallbackDelivered"

// ContractEventName returns the user-defined event name.
func (HubTasksCallbackDelivered) ContractEventName() string {
	return HubTasksCallbackDeliveredEventName
}

// UnpackCallbackDeliveredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event CallbackDelivered(bytes32 indexed taskid, address indexed callback, bool success)
func (hubTasks *HubTasks) UnpackCallbackDeliveredEvent(log *types.Log) (*HubTasksCallbackDelivered, error) {
	event := "CallbackDelivered"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != hubTasks.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(HubTasksCallbackDelivered)
	if len(log.Data) > 0 {
		if err := hubTasks.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range hubTasks.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// HubTasksCategoryCreated represents a CategoryCreated event raised by the HubTasks contract.
type HubTasksCategoryCreated struct {
	Id          *big.Int
	Name        string
	Description string
	TimeRef     *big.Int
	Raw         *types.Log // Blockchain specific contextual infos
}

const HubTasksCategoryCreatedEventName = "CategoryCreated"

// ContractEventName returns the user-defined event name.
func (HubTasksCategoryCreated) ContractEventName() string {
	return HubTasksCategoryCreatedEventName
}

// UnpackCategoryCreatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event CategoryCreated(uint256 indexed id, string name, string description, uint256 timeRef)
func (hubTasks *HubTasks) UnpackCategoryCreatedEvent(log *types.Log) (*HubTasksCategoryCreated, error) {
	event := "CategoryCreated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != hubTasks.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(HubTasksCategoryCreated)
	if len(log.Data) > 0 {
		if err := hubTasks.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range hubTasks.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// HubTasksDatasetCreated represents a DatasetCreated event raised by the HubTasks contract.
type HubTasksDatasetCreated struct {
	Dataset  common.Address
	Owner    common.Address
	Name     string
	Uri      string
	Checksum [32]byte
	Raw      *types.Log // Blockchain specific contextual infos
}

const HubTasksDatasetCreatedEventName = "DatasetCreated"

// ContractEventName returns the user-defined event name.
func (HubTasksDatasetCreated) ContractEventName() string {
	return HubTasksDatasetCreatedEventName
}

// UnpackDatasetCreatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event DatasetCreated(address indexed dataset, address indexed owner, string name, string uri, bytes32 checksum)
func (hubTasks *HubTasks) UnpackDatasetCreatedEvent(log *types.Log) (*HubTasksDatasetCreated, error) {
	event := "DatasetCreated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != hubTasks.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(HubTasksDatasetCreated)
	if len(log.Data) > 0 {
		if err := hubTasks.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range hubTasks.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// HubTasksDealCreated represents a DealCreated event raised by the HubTasks contract.
type HubTasksDealCreated struct {
	Dealid      [32]byte
	Workerpool  common.Address
	Requester   common.Address
	App         common.Address
	Dataset     common.Address
	Category    *big.Int
	Trust       *big.Int
	Tag         [32]byte
	Beneficiary common.Address
	Callback    common.Address
	Params      string
	BotFirst    *big.Int
	Volume      *big.Int
	Raw         *types.Log // Blockchain specific contextual infos
}

const HubTasksDealCreatedEventName = "DealCreated"

// ContractEventName returns the user-defined event name.
func (HubTasksDealCreated) ContractEventName() string {
	return HubTasksDealCreatedEventName
}

// UnpackDealCreatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event DealCreated(bytes32 indexed dealid, address indexed workerpool, address indexed requester, address app, address dataset, uint256 category, uint256 trust, bytes32 tag, address beneficiary, address callback, string params, uint256 botFirst, uint256 volume)
func (hubTasks *HubTasks) UnpackDealCreatedEvent(log *types.Log) (*HubTasksDealCreated, error) {
	event := "DealCreated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != hubTasks.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(HubTasksDealCreated)
	if len(log.Data) > 0 {
		if err := hubTasks.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range hubTasks.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// HubTasksDeposit represents a Deposit event raised by the HubTasks contract.
type HubTasksDeposit struct {
	Account common.Address
	Amount  *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const HubTasksDepositEventName = "Deposit"

// ContractEventName returns the user-defined event name.
func (HubTasksDeposit) ContractEventName() string {
	return HubTasksDepositEventName
}

// UnpackDepositEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Deposit(address indexed account, uint256 amount)
func (hubTasks *HubTasks) UnpackDepositEvent(log *types.Log) (*HubTasksDeposit, error) {
	event := "Deposit"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != hubTasks.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(HubTasksDeposit)
	if len(log.Data) > 0 {
		if err := hubTasks.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range hubTasks.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// HubTasksOrderCancelled represents a OrderCancelled event raised by the HubTasks contract.
type HubTasksOrderCancelled struct {
	OrderHash [32]byte
	Owner     common.Address
	Raw       *types.Log // Blockchain specific contextual infos
}

const HubTasksOrderCancelledEventName = "OrderCancelled"

// ContractEventName returns the user-defined event name.
func (HubTasksOrderCancelled) ContractEventName() string {
	return HubTasksOrderCancelledEventName
}

// UnpackOrderCancelledEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event OrderCancelled(bytes32 indexed orderHash, address indexed owner)
func (hubTasks *HubTasks) UnpackOrderCancelledEvent(log *types.Log) (*HubTasksOrderCancelled, error) {
	event := "OrderCancelled"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != hubTasks.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(HubTasksOrderCancelled)
	if len(log.Data) > 0 {
		if err := hubTasks.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range hubTasks.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// HubTasksOrderPresigned represents a OrderPresigned event raised by the HubTasks contract.
type HubTasksOrderPresigned struct {
	OrderHash [32]byte
	Owner     common.Address
	Raw       *types.Log // Blockchain specific contextual infos
}

const HubTasksOrderPresignedEventName = "OrderPresigned"

// ContractEventName returns the user-defined event name.
func (HubTasksOrderPresigned) ContractEventName() string {
	return HubTasksOrderPresignedEventName
}

// UnpackOrderPresignedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event OrderPresigned(bytes32 indexed orderHash, address indexed owner)
func (hubTasks *HubTasks) UnpackOrderPresignedEvent(log *types.Log) (*HubTasksOrderPresigned, error) {
	event := "OrderPresigned"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != hubTasks.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(HubTasksOrderPresigned)
	if len(log.Data) > 0 {
		if err := hubTasks.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range hubTasks.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// HubTasksOrdersMatched represents a OrdersMatched event raised by the HubTasks contract.
type HubTasksOrdersMatched struct {
	Dealid         [32]byte
	AppHash        [32]byte
	DatasetHash    [32]byte
	WorkerpoolHash [32]byte
	RequestHash    [32]byte
	Volume         *big.Int
	Raw            *types.Log // Blockchain specific contextual infos
}

const HubTasksOrdersMatchedEventName = "OrdersMatched"

// ContractEventName returns the user-defined event name.
func (HubTasksOrdersMatched) ContractEventName() string {
	return HubTasksOrdersMatchedEventName
}

// UnpackOrdersMatchedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event OrdersMatched(bytes32 indexed dealid, bytes32 appHash, bytes32 datasetHash, bytes32 workerpoolHash, bytes32 requestHash, uint256 volume)
func (hubTasks *HubTasks) UnpackOrdersMatchedEvent(log *types.Log) (*HubTasksOrdersMatched, error) {
	event := "OrdersMatched"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != hubTasks.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(HubTasksOrdersMatched)
	if len(log.Data) > 0 {
		if err := hubTasks.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range hubTasks.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// HubTasksOwnershipTransferred represents a OwnershipTransferred event raised by the HubTasks contract.
type HubTasksOwnershipTransferred struct {
	PreviousOwner common.Address
	NewOwner      common.Address
	Raw           *types.Log // Blockchain specific contextual infos
}

const HubTasksOwnershipTransferredEventName = "OwnershipTransferred"

// ContractEventName returns the user-defined event name.
func (HubTasksOwnershipTransferred) ContractEventName() string {
	return HubTasksOwnershipTransferredEventName
}

// UnpackOwnershipTransferredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event OwnershipTransferred(address indexed previousOwner, address indexed newOwner)
func (hubTasks *HubTasks) UnpackOwnershipTransferredEvent(log *types.Log) (*HubTasksOwnershipTransferred, error) {
	event := "OwnershipTransferred"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != hubTasks.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(HubTasksOwnershipTransferred)
	if len(log.Data) > 0 {
		if err := hubTasks.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range hubTasks.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// HubTasksPotUpdated represents a PotUpdated event raised by the HubTasks contract.
type HubTasksPotUpdated struct {
	Pot *big.Int
	Raw *types.Log // Blockchain specific contextual infos
}

const HubTasksPotUpdatedEventName = "PotUpdated"

// ContractEventName returns the user-defined event name.
func (HubTasksPotUpdated) ContractEventName() string {
	return HubTasksPotUpdatedEventName
}

// UnpackPotUpdatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event PotUpdated(uint256 pot)
func (hubTasks *HubTasks) UnpackPotUpdatedEvent(log *types.Log) (*HubTasksPotUpdated, error) {
	event := "PotUpdated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != hubTasks.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(HubTasksPotUpdated)
	if len(log.Data) > 0 {
		if err := hubTasks.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range hubTasks.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// HubTasksScoreUpdated represents a ScoreUpdated event raised by the HubTasks contract.
type HubTasksScoreUpdated struct {
	Worker common.Address
	Score  *big.Int
	Raw    *types.Log // Blockchain specific contextual infos
}

const HubTasksScoreUpdatedEventName = "ScoreUpdated"

// ContractEventName returns the user-defined event name.
func (HubTasksScoreUpdated) ContractEventName() string {
	return HubTasksScoreUpdatedEventName
}

// UnpackScoreUpdatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ScoreUpdated(address indexed worker, uint256 score)
func (hubTasks *HubTasks) UnpackScoreUpdatedEvent(log *types.Log) (*HubTasksScoreUpdated, error) {
	event := "ScoreUpdated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != hubTasks.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(HubTasksScoreUpdated)
	if len(log.Data) > 0 {
		if err := hubTasks.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range hubTasks.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// HubTasksStakeSeized represents a StakeSeized event raised by the HubTasks contract.
type HubTasksStakeSeized struct {
	Taskid [32]byte
	Worker common.Address
	Amount *big.Int
	Raw    *types.Log // Blockchain specific contextual infos
}

const HubTasksStakeSeizedEventName = "StakeSeized"

// ContractEventName returns the user-defined event name.
func (HubTasksStakeSeized) ContractEventName() string {
	return HubTasksStakeSeizedEventName
}

// UnpackStakeSeizedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event StakeSeized(bytes32 indexed taskid, address indexed worker, uint256 amount)
func (hubTasks *HubTasks) UnpackStakeSeizedEvent(log *types.Log) (*HubTasksStakeSeized, error) {
	event := "StakeSeized"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != hubTasks.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(HubTasksStakeSeized)
	if len(log.Data) > 0 {
		if err := hubTasks.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range hubTasks.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// HubTasksTaskClaimed represents a TaskClaimed event raised by the HubTasks contract.
type HubTasksTaskClaimed struct {
	Taskid [32]byte
	Raw    *types.Log // Blockchain specific contextual infos
}

const HubTasksTaskClaimedEventName = "TaskClaimed"

// ContractEventName returns the user-defined event name.
func (HubTasksTaskClaimed) ContractEventName() string {
	return HubTasksTaskClaimedEventName
}

// UnpackTaskClaimedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event TaskClaimed(bytes32 indexed taskid)
func (hubTasks *HubTasks) UnpackTaskClaimedEvent(log *types.Log) (*HubTasksTaskClaimed, error) {
	event := "TaskClaimed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != hubTasks.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(HubTasksTaskClaimed)
	if len(log.Data) > 0 {
		if err := hubTasks.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range hubTasks.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// HubTasksTaskConsensus represents a TaskConsensus event raised by the HubTasks contract.
type HubTasksTaskConsensus struct {
	Taskid         [32]byte
	ConsensusValue [32]byte
	Raw            *types.Log // Blockchain specific contextual infos
}

const HubTasksTaskConsensusEventName = "TaskConsensus"

// ContractEventName returns the user-defined event name.
func (HubTasksTaskConsensus) ContractEventName() string {
	return HubTasksTaskConsensusEventName
}

// UnpackTaskConsensusEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event TaskConsensus(bytes32 indexed taskid, bytes32 consensusValue)
func (hubTasks *HubTasks) UnpackTaskConsensusEvent(log *types.Log) (*HubTasksTaskConsensus, error) {
	event := "TaskConsensus"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != hubTasks.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(HubTasksTaskConsensus)
	if len(log.Data) > 0 {
		if err := hubTasks.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range hubTasks.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// HubTasksTaskContribute represents a TaskContribute event raised by the HubTasks contract.
type HubTasksTaskContribute struct {
	Taskid     [32]byte
	Worker     common.Address
	ResultHash [32]byte
	Raw        *types.Log // Blockchain specific contextual infos
}

const HubTasksTaskContributeEventName = "TaskContribute"

// ContractEventName returns the user-defined event name.
func (HubTasksTaskContribute) ContractEventName() string {
	return HubTasksTaskContributeEventName
}

// UnpackTaskContributeEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event TaskContribute(bytes32 indexed taskid, address indexed worker, bytes32 resultHash)
func (hubTasks *HubTasks) UnpackTaskContributeEvent(log *types.Log) (*HubTasksTaskContribute, error) {
	event := "TaskContribute"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != hubTasks.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(HubTasksTaskContribute)
	if len(log.Data) > 0 {
		if err := hubTasks.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range hubTasks.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// HubTasksTaskFinalize represents a TaskFinalize event raised by the HubTasks contract.
type HubTasksTaskFinalize struct {
	Taskid  [32]byte
	Results []byte
	Raw     *types.Log // Blockchain specific contextual infos
}

const HubTasksTaskFinalizeEventName = "TaskFinalize"

// ContractEventName returns the user-defined event name.
func (HubTasksTaskFinalize) ContractEventName() string {
	return HubTasksTaskFinalizeEventName
}

// UnpackTaskFinalizeEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event TaskFinalize(bytes32 indexed taskid, bytes results)
func (hubTasks *HubTasks) UnpackTaskFinalizeEvent(log *types.Log) (*HubTasksTaskFinalize, error) {
	event := "TaskFinalize"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != hubTasks.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(HubTasksTaskFinalize)
	if len(log.Data) > 0 {
		if err := hubTasks.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range hubTasks.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// HubTasksTaskInitialize represents a TaskInitialize event raised by the HubTasks contract.
type HubTasksTaskInitialize struct {
	Taskid [32]byte
	Dealid [32]byte
	Idx    *big.Int
	Raw    *types.Log // Blockchain specific contextual infos
}

const HubTasksTaskInitializeEventName = "TaskInitialize"

// ContractEventName returns the user-defined event name.
func (HubTasksTaskInitialize) ContractEventName() string {
	return HubTasksTaskInitializeEventName
}

// UnpackTaskInitializeEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event TaskInitialize(bytes32 indexed taskid, bytes32 indexed dealid, uint256 idx)
func (hubTasks *HubTasks) UnpackTaskInitializeEvent(log *types.Log) (*HubTasksTaskInitialize, error) {
	event := "TaskInitialize"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != hubTasks.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(HubTasksTaskInitialize)
	if len(log.Data) > 0 {
		if err := hubTasks.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range hubTasks.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// HubTasksTaskReopen represents a TaskReopen event raised by the HubTasks contract.
type HubTasksTaskReopen struct {
	Taskid [32]byte
	Raw    *types.Log // Blockchain specific contextual infos
}

const HubTasksTaskReopenEventName = "TaskReopen"

// ContractEventName returns the user-defined event name.
func (HubTasksTaskReopen) ContractEventName() string {
	return HubTasksTaskReopenEventName
}

// UnpackTaskReopenEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event TaskReopen(bytes32 indexed taskid)
func (hubTasks *HubTasks) UnpackTaskReopenEvent(log *types.Log) (*HubTasksTaskReopen, error) {
	event := "TaskReopen"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != hubTasks.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(HubTasksTaskReopen)
	if len(log.Data) > 0 {
		if err := hubTasks.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range hubTasks.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// HubTasksTaskReveal represents a TaskReveal event raised by the HubTasks contract.
type HubTasksTaskReveal struct {
	Taskid [32]byte
	Worker common.Address
	Digest [32]byte
	Raw    *types.Log // Blockchain specific contextual infos
}

const HubTasksTaskRevealEventName = "TaskReveal"

// ContractEventName returns the user-defined event name.
func (HubTasksTaskReveal) ContractEventName() string {
	return HubTasksTaskRevealEventName
}

// UnpackTaskRevealEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event TaskReveal(bytes32 indexed taskid, address indexed worker, bytes32 digest)
func (hubTasks *HubTasks) UnpackTaskRevealEvent(log *types.Log) (*HubTasksTaskReveal, error) {
	event := "TaskReveal"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != hubTasks.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(HubTasksTaskReveal)
	if len(log.Data) > 0 {
		if err := hubTasks.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range hubTasks.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// HubTasksTaskSettled represents a TaskSettled event raised by the HubTasks contract.
type HubTasksTaskSettled struct {
	Taskid  [32]byte
	Digest  [32]byte
	Results []byte
	Raw     *types.Log // Blockchain specific contextual infos
}

const HubTasksTaskSettledEventName = "TaskSettled"

// ContractEventName returns the user-defined event name.
func (HubTasksTaskSettled) ContractEventName() string {
	return HubTasksTaskSettledEventName
}

// UnpackTaskSettledEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event TaskSettled(bytes32 indexed taskid, bytes32 digest, bytes results)
func (hubTasks *HubTasks) UnpackTaskSettledEvent(log *types.Log) (*HubTasksTaskSettled, error) {
	event := "TaskSettled"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != hubTasks.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(HubTasksTaskSettled)
	if len(log.Data) > 0 {
		if err := hubTasks.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range hubTasks.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// HubTasksWithdraw represents a Withdraw event raised by the HubTasks contract.
type HubTasksWithdraw struct {
	Account common.Address
	Amount  *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const HubTasksWithdrawEventName = "Withdraw"

// ContractEventName returns the user-defined event name.
func (HubTasksWithdraw) ContractEventName() string {
	return HubTasksWithdrawEventName
}

// UnpackWithdrawEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Withdraw(address indexed account, uint256 amount)
func (hubTasks *HubTasks) UnpackWithdrawEvent(log *types.Log) (*HubTasksWithdraw, error) {
	event := "Withdraw"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != hubTasks.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(HubTasksWithdraw)
	if len(log.Data) > 0 {
		if err := hubTasks.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range hubTasks.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// HubTasksWorkerpoolCreated represents a WorkerpoolCreated event raised by the HubTasks contract.
type HubTasksWorkerpoolCreated struct {
	Workerpool           common.Address
	Owner                common.Address
	Description          string
	WorkerStakeRatio     *big.Int
	SchedulerRewardRatio *big.Int
	Raw                  *types.Log // Blockchain specific contextual infos
}

const HubTasksWorkerpoolCreatedEventName = "WorkerpoolCreated"

// ContractEventName returns the user-defined event name.
func (HubTasksWorkerpoolCreated) ContractEventName() string {
	return HubTasksWorkerpoolCreatedEventName
}

// UnpackWorkerpoolCreatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event WorkerpoolCreated(address indexed workerpool, address indexed owner, string description, uint256 workerStakeRatio, uint256 schedulerRewardRatio)
func (hubTasks *HubTasks) UnpackWorkerpoolCreatedEvent(log *types.Log) (*HubTasksWorkerpoolCreated, error) {
	event := "WorkerpoolCreated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != hubTasks.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(HubTasksWorkerpoolCreated)
	if len(log.Data) > 0 {
		if err := hubTasks.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range hubTasks.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// HubTasksWorkerpoolPolicyUpdated represents a WorkerpoolPolicyUpdated event raised by the HubTasks contract.
type HubTasksWorkerpoolPolicyUpdated struct {
	Workerpool           common.Address
	WorkerStakeRatio     *big.Int
	SchedulerRewardRatio *big.Int
	Raw                  *types.Log // Blockchain specific contextual infos
}

const HubTasksWorkerpoolPolicyUpdatedEventName = "WorkerpoolPolicyUpdated"

// ContractEventName returns the user-defined event name.
func (HubTasksWorkerpoolPolicyUpdated) ContractEventName() string {
	return HubTasksWorkerpoolPolicyUpdatedEventName
}

// UnpackWorkerpoolPolicyUpdatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event WorkerpoolPolicyUpdated(address indexed workerpool, uint256 workerStakeRatio, uint256 schedulerRewardRatio)
func (hubTasks *HubTasks) UnpackWorkerpoolPolicyUpdatedEvent(log *types.Log) (*HubTasksWorkerpoolPolicyUpdated, error) {
	event := "WorkerpoolPolicyUpdated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != hubTasks.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(HubTasksWorkerpoolPolicyUpdated)
	if len(log.Data) > 0 {
		if err := hubTasks.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range hubTasks.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// IHubMetaData contains all meta data concerning the IHub contract.
var IHubMetaData = bind.MetaData{
	ABI: "[{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"balance\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"frozen\",\"type\":\"uint256\"}],\"name\":\"AccountUpdated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"app\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"kind\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"name\",\"type\":\"string\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"uri\",\"type\":\"string\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"checksum\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"extra\",\"type\":\"bytes\"}],\"name\":\"AppCreated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"asset\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"}],\"name\":\"AssetTransferred\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"worker\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"workerpool\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"bonded\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"unbonding\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"releaseTime\",\"type\":\"uint256\"}],\"name\":\"BondUpdated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"taskid\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"callback\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"success\",\"type\":\"bool\"}],\"name\":\"CallbackDelivered\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"name\",\"type\":\"string\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"description\",\"type\":\"string\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"timeRef\",\"type\":\"uint256\"}],\"name\":\"CategoryCreated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"dataset\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"name\",\"type\":\"string\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"uri\",\"type\":\"string\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"checksum\",\"type\":\"bytes32\"}],\"name\":\"DatasetCreated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"dealid\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"workerpool\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"requester\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"app\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"dataset\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"category\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"trust\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"tag\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"beneficiary\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"callback\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"params\",\"type\":\"string\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"botFirst\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"volume\",\"type\":\"uint256\"}],\"name\":\"DealCreated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Deposit\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"orderHash\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"OrderCancelled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"orderHash\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"OrderPresigned\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"dealid\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"appHash\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"datasetHash\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"workerpoolHash\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"requestHash\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"volume\",\"type\":\"uint256\"}],\"name\":\"OrdersMatched\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"previousOwner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"OwnershipTransferred\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"pot\",\"type\":\"uint256\"}],\"name\":\"PotUpdated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"worker\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"score\",\"type\":\"uint256\"}],\"name\":\"ScoreUpdated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"taskid\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"worker\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"StakeSeized\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"taskid\",\"type\":\"bytes32\"}],\"name\":\"TaskClaimed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"taskid\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"consensusValue\",\"type\":\"bytes32\"}],\"name\":\"TaskConsensus\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"taskid\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"worker\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"resultHash\",\"type\":\"bytes32\"}],\"name\":\"TaskContribute\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"taskid\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"results\",\"type\":\"bytes\"}],\"name\":\"TaskFinalize\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"taskid\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"dealid\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"idx\",\"type\":\"uint256\"}],\"name\":\"TaskInitialize\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"taskid\",\"type\":\"bytes32\"}],\"name\":\"TaskReopen\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"taskid\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"worker\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"digest\",\"type\":\"bytes32\"}],\"name\":\"TaskReveal\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"taskid\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"digest\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"results\",\"type\":\"bytes\"}],\"name\":\"TaskSettled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Withdraw\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"workerpool\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"description\",\"type\":\"string\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"workerStakeRatio\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"schedulerRewardRatio\",\"type\":\"uint256\"}],\"name\":\"WorkerpoolCreated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"workerpool\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"workerStakeRatio\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"schedulerRewardRatio\",\"type\":\"uint256\"}],\"name\":\"WorkerpoolPolicyUpdated\",\"type\":\"event\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"workerpool\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"bond\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"app\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"appprice\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"volume\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"tag\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"datasetrestrict\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"workerpoolrestrict\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"requesterrestrict\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"sign\",\"type\":\"bytes\"}],\"internalType\":\"structAppOrder\",\"name\":\"order\",\"type\":\"tuple\"}],\"name\":\"cancelAppOrder\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"dataset\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"datasetprice\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"volume\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"tag\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"apprestrict\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"workerpoolrestrict\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"requesterrestrict\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"sign\",\"type\":\"bytes\"}],\"internalType\":\"structDatasetOrder\",\"name\":\"order\",\"type\":\"tuple\"}],\"name\":\"cancelDatasetOrder\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"app\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"appmaxprice\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"dataset\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"datasetmaxprice\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"workerpool\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"workerpoolmaxprice\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"requester\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"volume\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"tag\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"category\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"trust\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"beneficiary\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"callback\",\"type\":\"address\"},{\"internalType\":\"string\",\"name\":\"params\",\"type\":\"string\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"sign\",\"type\":\"bytes\"}],\"internalType\":\"structRequestOrder\",\"name\":\"order\",\"type\":\"tuple\"}],\"name\":\"cancelRequestOrder\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"workerpool\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"workerpoolprice\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"volume\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"tag\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"category\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"trust\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"apprestrict\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"datasetrestrict\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"requesterrestrict\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"sign\",\"type\":\"bytes\"}],\"internalType\":\"structWorkerpoolOrder\",\"name\":\"order\",\"type\":\"tuple\"}],\"name\":\"cancelWorkerpoolOrder\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"taskid\",\"type\":\"bytes32\"}],\"name\":\"claim\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32[]\",\"name\":\"dealids\",\"type\":\"bytes32[]\"},{\"internalType\":\"uint256[]\",\"name\":\"idxs\",\"type\":\"uint256[]\"}],\"name\":\"claimArray\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32[]\",\"name\":\"dealids\",\"type\":\"bytes32[]\"},{\"internalType\":\"uint256[]\",\"name\":\"idxs\",\"type\":\"uint256[]\"}],\"name\":\"claimBatched\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"taskid\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"resultHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"resultSeal\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"authorization\",\"type\":\"bytes\"}],\"name\":\"contribute\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"taskid\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"digest\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"results\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"resultsCallback\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"authorization\",\"type\":\"bytes\"}],\"name\":\"contributeAndFinalize\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"countCategory\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"name\",\"type\":\"string\"},{\"internalType\":\"uint8\",\"name\":\"kind\",\"type\":\"uint8\"},{\"internalType\":\"string\",\"name\":\"uri\",\"type\":\"string\"},{\"internalType\":\"bytes32\",\"name\":\"checksum\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"extra\",\"type\":\"bytes\"}],\"name\":\"createApp\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"name\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"description\",\"type\":\"string\"},{\"internalType\":\"uint256\",\"name\":\"timeRef\",\"type\":\"uint256\"}],\"name\":\"createCategory\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"name\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"uri\",\"type\":\"string\"},{\"internalType\":\"bytes32\",\"name\":\"checksum\",\"type\":\"bytes32\"}],\"name\":\"createDataset\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"description\",\"type\":\"string\"},{\"internalType\":\"uint256\",\"name\":\"workerStakeRatio\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"schedulerRewardRatio\",\"type\":\"uint256\"}],\"name\":\"createWorkerpool\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"deposit\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"target\",\"type\":\"address\"}],\"name\":\"depositFor\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"domainSeparator\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"taskid\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"results\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"resultsCallback\",\"type\":\"bytes\"}],\"name\":\"finalize\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"app\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"appprice\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"volume\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"tag\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"datasetrestrict\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"workerpoolrestrict\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"requesterrestrict\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"sign\",\"type\":\"bytes\"}],\"internalType\":\"structAppOrder\",\"name\":\"order\",\"type\":\"tuple\"}],\"name\":\"hashAppOrder\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"dataset\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"datasetprice\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"volume\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"tag\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"apprestrict\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"workerpoolrestrict\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"requesterrestrict\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"sign\",\"type\":\"bytes\"}],\"internalType\":\"structDatasetOrder\",\"name\":\"order\",\"type\":\"tuple\"}],\"name\":\"hashDatasetOrder\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"app\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"appmaxprice\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"dataset\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"datasetmaxprice\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"workerpool\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"workerpoolmaxprice\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"requester\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"volume\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"tag\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"category\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"trust\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"beneficiary\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"callback\",\"type\":\"address\"},{\"internalType\":\"string\",\"name\":\"params\",\"type\":\"string\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"sign\",\"type\":\"bytes\"}],\"internalType\":\"structRequestOrder\",\"name\":\"order\",\"type\":\"tuple\"}],\"name\":\"hashRequestOrder\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"workerpool\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"workerpoolprice\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"volume\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"tag\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"category\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"trust\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"apprestrict\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"datasetrestrict\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"requesterrestrict\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"sign\",\"type\":\"bytes\"}],\"internalType\":\"structWorkerpoolOrder\",\"name\":\"order\",\"type\":\"tuple\"}],\"name\":\"hashWorkerpoolOrder\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"dealid\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"idx\",\"type\":\"uint256\"}],\"name\":\"initialize\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"taskid\",\"type\":\"bytes32\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32[]\",\"name\":\"dealids\",\"type\":\"bytes32[]\"},{\"internalType\":\"uint256[]\",\"name\":\"idxs\",\"type\":\"uint256[]\"}],\"name\":\"initializeArray\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"app\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"appprice\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"volume\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"tag\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"datasetrestrict\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"workerpoolrestrict\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"requesterrestrict\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"sign\",\"type\":\"bytes\"}],\"internalType\":\"structAppOrder\",\"name\":\"appOrder\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"dataset\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"datasetprice\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"volume\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"tag\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"apprestrict\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"workerpoolrestrict\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"requesterrestrict\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"sign\",\"type\":\"bytes\"}],\"internalType\":\"structDatasetOrder\",\"name\":\"datasetOrder\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"workerpool\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"workerpoolprice\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"volume\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"tag\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"category\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"trust\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"apprestrict\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"datasetrestrict\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"requesterrestrict\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"sign\",\"type\":\"bytes\"}],\"internalType\":\"structWorkerpoolOrder\",\"name\":\"workerpoolOrder\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"app\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"appmaxprice\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"dataset\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"datasetmaxprice\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"workerpool\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"workerpoolmaxprice\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"requester\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"volume\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"tag\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"category\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"trust\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"beneficiary\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"callback\",\"type\":\"address\"},{\"internalType\":\"string\",\"name\":\"params\",\"type\":\"string\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"sign\",\"type\":\"bytes\"}],\"internalType\":\"structRequestOrder\",\"name\":\"requestOrder\",\"type\":\"tuple\"}],\"name\":\"matchOrders\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"dealid\",\"type\":\"bytes32\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"owner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"pot\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"app\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"appprice\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"volume\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"tag\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"datasetrestrict\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"workerpoolrestrict\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"requesterrestrict\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"sign\",\"type\":\"bytes\"}],\"internalType\":\"structAppOrder\",\"name\":\"order\",\"type\":\"tuple\"}],\"name\":\"presignAppOrder\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"dataset\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"datasetprice\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"volume\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"tag\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"apprestrict\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"workerpoolrestrict\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"requesterrestrict\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"sign\",\"type\":\"bytes\"}],\"internalType\":\"structDatasetOrder\",\"name\":\"order\",\"type\":\"tuple\"}],\"name\":\"presignDatasetOrder\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"app\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"appmaxprice\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"dataset\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"datasetmaxprice\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"workerpool\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"workerpoolmaxprice\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"requester\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"volume\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"tag\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"category\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"trust\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"beneficiary\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"callback\",\"type\":\"address\"},{\"internalType\":\"string\",\"name\":\"params\",\"type\":\"string\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"sign\",\"type\":\"bytes\"}],\"internalType\":\"structRequestOrder\",\"name\":\"order\",\"type\":\"tuple\"}],\"name\":\"presignRequestOrder\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"workerpool\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"workerpoolprice\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"volume\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"tag\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"category\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"trust\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"apprestrict\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"datasetrestrict\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"requesterrestrict\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"sign\",\"type\":\"bytes\"}],\"internalType\":\"structWorkerpoolOrder\",\"name\":\"order\",\"type\":\"tuple\"}],\"name\":\"presignWorkerpoolOrder\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"taskid\",\"type\":\"bytes32\"}],\"name\":\"reopen\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"taskid\",\"type\":\"bytes32\"}],\"name\":\"resultFor\",\"outputs\":[{\"internalType\":\"bytes\",\"name\":\"\",\"type\":\"bytes\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"taskid\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"digest\",\"type\":\"bytes32\"}],\"name\":\"reveal\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"workerpool\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"workerStakeRatio\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"schedulerRewardRatio\",\"type\":\"uint256\"}],\"name\":\"setWorkerpoolPolicy\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address[]\",\"name\":\"workers\",\"type\":\"address[]\"},{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"dealid\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"idx\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"digest\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"results\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"resultsCallback\",\"type\":\"bytes\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"worker\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"r\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"vs\",\"type\":\"bytes32\"}],\"internalType\":\"structSignedVote[]\",\"name\":\"votes\",\"type\":\"tuple[]\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"worker\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"resultHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"resultSeal\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"r\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"vs\",\"type\":\"bytes32\"}],\"internalType\":\"structSignedContribution[]\",\"name\":\"others\",\"type\":\"tuple[]\"}],\"internalType\":\"structTaskSettlement[]\",\"name\":\"tasks\",\"type\":\"tuple[]\"}],\"name\":\"settle\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"token\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"app\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"transferApp\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"dataset\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"transferDataset\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"transferOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"workerpool\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"transferWorkerpool\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"workerpool\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"unbond\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"unbondDelay\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"viewAccount\",\"outputs\":[{\"components\":[{\"internalType\":\"uint256\",\"name\":\"balance\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"frozen\",\"type\":\"uint256\"}],\"internalType\":\"structAccountView\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"app\",\"type\":\"address\"}],\"name\":\"viewApp\",\"outputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"uint8\",\"name\":\"kind\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"checksum\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"metaHash\",\"type\":\"bytes32\"}],\"internalType\":\"structAppView\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"dealid\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"word\",\"type\":\"uint256\"}],\"name\":\"viewBatchBits\",\"outputs\":[{\"components\":[{\"internalType\":\"uint256\",\"name\":\"done\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"claimed\",\"type\":\"uint256\"}],\"internalType\":\"structBatchBitsView\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"worker\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"workerpool\",\"type\":\"address\"}],\"name\":\"viewBond\",\"outputs\":[{\"components\":[{\"internalType\":\"uint256\",\"name\":\"bonded\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"unbonding\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"releaseTime\",\"type\":\"uint256\"}],\"internalType\":\"structBondView\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"viewCategory\",\"outputs\":[{\"components\":[{\"internalType\":\"string\",\"name\":\"name\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"description\",\"type\":\"string\"},{\"internalType\":\"uint256\",\"name\":\"timeRef\",\"type\":\"uint256\"}],\"internalType\":\"structCategoryView\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"orderHash\",\"type\":\"bytes32\"}],\"name\":\"viewConsumed\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"taskid\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"worker\",\"type\":\"address\"}],\"name\":\"viewContribution\",\"outputs\":[{\"components\":[{\"internalType\":\"uint256\",\"name\":\"status\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"weight\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"epoch\",\"type\":\"uint256\"},{\"internalType\":\"bytes20\",\"name\":\"seal\",\"type\":\"bytes20\"}],\"internalType\":\"structContributionView\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"dataset\",\"type\":\"address\"}],\"name\":\"viewDataset\",\"outputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"checksum\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"metaHash\",\"type\":\"bytes32\"}],\"internalType\":\"structDatasetView\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"dealid\",\"type\":\"bytes32\"}],\"name\":\"viewDeal\",\"outputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"requester\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"volume\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"trust\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"startTime\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"category\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"timeRef\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"appOwner\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"appPrice\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"datasetOwner\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"datasetPrice\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"scheduler\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"workerpoolPrice\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"workerStakeRatio\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"schedulerRewardRatio\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"schedulerStake\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"workerStake\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"callback\",\"type\":\"address\"},{\"internalType\":\"bool\",\"name\":\"batched\",\"type\":\"bool\"},{\"internalType\":\"address\",\"name\":\"workerpool\",\"type\":\"address\"}],\"internalType\":\"structDealView\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"orderHash\",\"type\":\"bytes32\"}],\"name\":\"viewPresigned\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"worker\",\"type\":\"address\"}],\"name\":\"viewScore\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"taskid\",\"type\":\"bytes32\"}],\"name\":\"viewTask\",\"outputs\":[{\"components\":[{\"internalType\":\"uint256\",\"name\":\"status\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"dealid\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"idx\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"contributionDeadline\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"revealDeadline\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"finalDeadline\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"consensusValue\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"resultDigest\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"contributorCount\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"winnerCount\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"revealCount\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"total\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"epoch\",\"type\":\"uint256\"},{\"internalType\":\"address[]\",\"name\":\"contributors\",\"type\":\"address[]\"}],\"internalType\":\"structTaskView\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"workerpool\",\"type\":\"address\"}],\"name\":\"viewWorkerpool\",\"outputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"workerStakeRatio\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"schedulerRewardRatio\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"metaHash\",\"type\":\"bytes32\"}],\"internalType\":\"structWorkerpoolView\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"withdraw\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"workerpool\",\"type\":\"address\"}],\"name\":\"withdrawUnbonded\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "847a573ffffb47d454dd57d6bed4237602",
}

// IHub is an auto generated Go binding around an Ethereum contract.
type IHub struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *IHub) GetABI() abi.ABI {
	return c.abi
}

// NewIHub creates a new instance of IHub.
func NewIHub() *IHub {
	parsed, err := IHubMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &IHub{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *IHub) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackBond is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa515366a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function bond(address workerpool, uint256 amount) returns()
func (iHub *IHub) PackBond(workerpool common.Address, amount *big.Int) []byte {
	enc, err := iHub.abi.Pack("bond", workerpool, amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBond is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa515366a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function bond(address workerpool, uint256 amount) returns()
func (iHub *IHub) TryPackBond(workerpool common.Address, amount *big.Int) ([]byte, error) {
	return iHub.abi.Pack("bond", workerpool, amount)
}

// PackCancelAppOrder is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x84724ddf.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function cancelAppOrder((address,uint256,uint256,bytes32,address,address,address,bytes32,bytes) order) returns()
func (iHub *IHub) PackCancelAppOrder(order AppOrder) []byte {
	enc, err := iHub.abi.Pack("cancelAppOrder", order)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCancelAppOrder is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x84724ddf.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function cancelAppOrder((address,uint256,uint256,bytes32,address,address,address,bytes32,bytes) order) returns()
func (iHub *IHub) TryPackCancelAppOrder(order AppOrder) ([]byte, error) {
	return iHub.abi.Pack("cancelAppOrder", order)
}

// PackCancelDatasetOrder is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x555859c7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function cancelDatasetOrder((address,uint256,uint256,bytes32,address,address,address,bytes32,bytes) order) returns()
func (iHub *IHub) PackCancelDatasetOrder(order DatasetOrder) []byte {
	enc, err := iHub.abi.Pack("cancelDatasetOrder", order)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCancelDatasetOrder is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x555859c7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function cancelDatasetOrder((address,uint256,uint256,bytes32,address,address,address,bytes32,bytes) order) returns()
func (iHub *IHub) TryPackCancelDatasetOrder(order DatasetOrder) ([]byte, error) {
	return iHub.abi.Pack("cancelDatasetOrder", order)
}

// PackCancelRequestOrder is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x38a754b4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function cancelRequestOrder((address,uint256,address,uint256,address,uint256,address,uint256,bytes32,uint256,uint256,address,address,string,bytes32,bytes) order) returns()
func (iHub *IHub) PackCancelRequestOrder(order RequestOrder) []byte {
	enc, err := iHub.abi.Pack("cancelRequestOrder", order)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCancelRequestOrder is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x38a754b4.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function cancelRequestOrder((address,uint256,address,uint256,address,uint256,address,uint256,bytes32,uint256,uint256,address,address,string,bytes32,bytes) order) returns()
func (iHub *IHub) TryPackCancelRequestOrder(order RequestOrder) ([]byte, error) {
	return iHub.abi.Pack("cancelRequestOrder", order)
}

// PackCancelWorkerpoolOrder is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xae510d19.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function cancelWorkerpoolOrder((address,uint256,uint256,bytes32,uint256,uint256,address,address,address,bytes32,bytes) order) returns()
func (iHub *IHub) PackCancelWorkerpoolOrder(order WorkerpoolOrder) []byte {
	enc, err := iHub.abi.Pack("cancelWorkerpoolOrder", order)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCancelWorkerpoolOrder is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xae510d19.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function cancelWorkerpoolOrder((address,uint256,uint256,bytes32,uint256,uint256,address,address,address,bytes32,bytes) order) returns()
func (iHub *IHub) TryPackCancelWorkerpoolOrder(order WorkerpoolOrder) ([]byte, error) {
	return iHub.abi.Pack("cancelWorkerpoolOrder", order)
}

// PackClaim is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbd66528a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function claim(bytes32 taskid) returns()
func (iHub *IHub) PackClaim(taskid [32]byte) []byte {
	enc, err := iHub.abi.Pack("claim", taskid)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackClaim is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbd66528a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function claim(bytes32 taskid) returns()
func (iHub *IHub) TryPackClaim(taskid [32]byte) ([]byte, error) {
	return iHub.abi.Pack("claim", taskid)
}

// PackClaimArray is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa5f5b8bb.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function claimArray(bytes32[] dealids, uint256[] idxs) returns()
func (iHub *IHub) PackClaimArray(dealids [][32]byte, idxs []*big.Int) []byte {
	enc, err := iHub.abi.Pack("claimArray", dealids, idxs)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackClaimArray is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa5f5b8bb.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function claimArray(bytes32[] dealids, uint256[] idxs) returns()
func (iHub *IHub) TryPackClaimArray(dealids [][32]byte, idxs []*big.Int) ([]byte, error) {
	return iHub.abi.Pack("claimArray", dealids, idxs)
}

// PackClaimBatched is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7459597c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function claimBatched(bytes32[] dealids, uint256[] idxs) returns()
func (iHub *IHub) PackClaimBatched(dealids [][32]byte, idxs []*big.Int) []byte {
	enc, err := iHub.abi.Pack("claimBatched", dealids, idxs)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackClaimBatched is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7459597c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function claimBatched(bytes32[] dealids, uint256[] idxs) returns()
func (iHub *IHub) TryPackClaimBatched(dealids [][32]byte, idxs []*big.Int) ([]byte, error) {
	return iHub.abi.Pack("claimBatched", dealids, idxs)
}

// PackContribute is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8df31c14.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function contribute(bytes32 taskid, bytes32 resultHash, bytes32 resultSeal, bytes authorization) returns()
func (iHub *IHub) PackContribute(taskid [32]byte, resultHash [32]byte, resultSeal [32]byte, authorization []byte) []byte {
	enc, err := iHub.abi.Pack("contribute", taskid, resultHash, resultSeal, authorization)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackContribute is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8df31c14.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function contribute(bytes32 taskid, bytes32 resultHash, bytes32 resultSeal, bytes authorization) returns()
func (iHub *IHub) TryPackContribute(taskid [32]byte, resultHash [32]byte, resultSeal [32]byte, authorization []byte) ([]byte, error) {
	return iHub.abi.Pack("contribute", taskid, resultHash, resultSeal, authorization)
}

// PackContributeAndFinalize is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x910fb622.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function contributeAndFinalize(bytes32 taskid, bytes32 digest, bytes results, bytes resultsCallback, bytes authorization) returns()
func (iHub *IHub) PackContributeAndFinalize(taskid [32]byte, digest [32]byte, results []byte, resultsCallback []byte, authorization []byte) []byte {
	enc, err := iHub.abi.Pack("contributeAndFinalize", taskid, digest, results, resultsCallback, authorization)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackContributeAndFinalize is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x910fb622.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function contributeAndFinalize(bytes32 taskid, bytes32 digest, bytes results, bytes resultsCallback, bytes authorization) returns()
func (iHub *IHub) TryPackContributeAndFinalize(taskid [32]byte, digest [32]byte, results []byte, resultsCallback []byte, authorization []byte) ([]byte, error) {
	return iHub.abi.Pack("contributeAndFinalize", taskid, digest, results, resultsCallback, authorization)
}

// PackCountCategory is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc140996f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function countCategory() view returns(uint256)
func (iHub *IHub) PackCountCategory() []byte {
	enc, err := iHub.abi.Pack("countCategory")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCountCategory is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc140996f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function countCategory() view returns(uint256)
func (iHub *IHub) TryPackCountCategory() ([]byte, error) {
	return iHub.abi.Pack("countCategory")
}

// UnpackCountCategory is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc140996f.
//
// Solidity: function countCategory() view returns(uint256)
func (iHub *IHub) UnpackCountCategory(data []byte) (*big.Int, error) {
	out, err := iHub.abi.Unpack("countCategory", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackCreateApp is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf2de5569.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function createApp(string name, uint8 kind, string uri, bytes32 checksum, bytes extra) returns(address)
func (iHub *IHub) PackCreateApp(name string, kind uint8, uri string, checksum [32]byte, extra []byte) []byte {
	enc, err := iHub.abi.Pack("createApp", name, kind, uri, checksum, extra)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCreateApp is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf2de5569.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function createApp(string name, uint8 kind, string uri, bytes32 checksum, bytes extra) returns(address)
func (iHub *IHub) TryPackCreateApp(name string, kind uint8, uri string, checksum [32]byte, extra []byte) ([]byte, error) {
	return iHub.abi.Pack("createApp", name, kind, uri, checksum, extra)
}

// UnpackCreateApp is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf2de5569.
//
// Solidity: function createApp(string name, uint8 kind, string uri, bytes32 checksum, bytes extra) returns(address)
func (iHub *IHub) UnpackCreateApp(data []byte) (common.Address, error) {
	out, err := iHub.abi.Unpack("createApp", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackCreateCategory is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x298503d9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function createCategory(string name, string description, uint256 timeRef) returns(uint256)
func (iHub *IHub) PackCreateCategory(name string, description string, timeRef *big.Int) []byte {
	enc, err := iHub.abi.Pack("createCategory", name, description, timeRef)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCreateCategory is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x298503d9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function createCategory(string name, string description, uint256 timeRef) returns(uint256)
func (iHub *IHub) TryPackCreateCategory(name string, description string, timeRef *big.Int) ([]byte, error) {
	return iHub.abi.Pack("createCategory", name, description, timeRef)
}

// UnpackCreateCategory is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x298503d9.
//
// Solidity: function createCategory(string name, string description, uint256 timeRef) returns(uint256)
func (iHub *IHub) UnpackCreateCategory(data []byte) (*big.Int, error) {
	out, err := iHub.abi.Unpack("createCategory", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackCreateDataset is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x27f3f0a2.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function createDataset(string name, string uri, bytes32 checksum) returns(address)
func (iHub *IHub) PackCreateDataset(name string, uri string, checksum [32]byte) []byte {
	enc, err := iHub.abi.Pack("createDataset", name, uri, checksum)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCreateDataset is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x27f3f0a2.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function createDataset(string name, string uri, bytes32 checksum) returns(address)
func (iHub *IHub) TryPackCreateDataset(name string, uri string, checksum [32]byte) ([]byte, error) {
	return iHub.abi.Pack("createDataset", name, uri, checksum)
}

// UnpackCreateDataset is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x27f3f0a2.
//
// Solidity: function createDataset(string name, string uri, bytes32 checksum) returns(address)
func (iHub *IHub) UnpackCreateDataset(data []byte) (common.Address, error) {
	out, err := iHub.abi.Unpack("createDataset", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackCreateWorkerpool is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x20d87165.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function createWorkerpool(string description, uint256 workerStakeRatio, uint256 schedulerRewardRatio) returns(address)
func (iHub *IHub) PackCreateWorkerpool(description string, workerStakeRatio *big.Int, schedulerRewardRatio *big.Int) []byte {
	enc, err := iHub.abi.Pack("createWorkerpool", description, workerStakeRatio, schedulerRewardRatio)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCreateWorkerpool is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x20d87165.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function createWorkerpool(string description, uint256 workerStakeRatio, uint256 schedulerRewardRatio) returns(address)
func (iHub *IHub) TryPackCreateWorkerpool(description string, workerStakeRatio *big.Int, schedulerRewardRatio *big.Int) ([]byte, error) {
	return iHub.abi.Pack("createWorkerpool", description, workerStakeRatio, schedulerRewardRatio)
}

// UnpackCreateWorkerpool is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x20d87165.
//
// Solidity: function createWorkerpool(string description, uint256 workerStakeRatio, uint256 schedulerRewardRatio) returns(address)
func (iHub *IHub) UnpackCreateWorkerpool(data []byte) (common.Address, error) {
	out, err := iHub.abi.Unpack("createWorkerpool", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackDeposit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb6b55f25.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function deposit(uint256 amount) returns()
func (iHub *IHub) PackDeposit(amount *big.Int) []byte {
	enc, err := iHub.abi.Pack("deposit", amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDeposit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb6b55f25.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function deposit(uint256 amount) returns()
func (iHub *IHub) TryPackDeposit(amount *big.Int) ([]byte, error) {
	return iHub.abi.Pack("deposit", amount)
}

// PackDepositFor is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x36efd16f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function depositFor(uint256 amount, address target) returns()
func (iHub *IHub) PackDepositFor(amount *big.Int, target common.Address) []byte {
	enc, err := iHub.abi.Pack("depositFor", amount, target)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDepositFor is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x36efd16f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function depositFor(uint256 amount, address target) returns()
func (iHub *IHub) TryPackDepositFor(amount *big.Int, target common.Address) ([]byte, error) {
	return iHub.abi.Pack("depositFor", amount, target)
}

// PackDomainSeparator is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf698da25.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function domainSeparator() view returns(bytes32)
func (iHub *IHub) PackDomainSeparator() []byte {
	enc, err := iHub.abi.Pack("domainSeparator")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDomainSeparator is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf698da25.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function domainSeparator() view returns(bytes32)
func (iHub *IHub) TryPackDomainSeparator() ([]byte, error) {
	return iHub.abi.Pack("domainSeparator")
}

// UnpackDomainSeparator is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf698da25.
//
// Solidity: function domainSeparator() view returns(bytes32)
func (iHub *IHub) UnpackDomainSeparator(data []byte) ([32]byte, error) {
	out, err := iHub.abi.Unpack("domainSeparator", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackFinalize is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8fc375e5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function finalize(bytes32 taskid, bytes results, bytes resultsCallback) returns()
func (iHub *IHub) PackFinalize(taskid [32]byte, results []byte, resultsCallback []byte) []byte {
	enc, err := iHub.abi.Pack("finalize", taskid, results, resultsCallback)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackFinalize is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8fc375e5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function finalize(bytes32 taskid, bytes results, bytes resultsCallback) returns()
func (iHub *IHub) TryPackFinalize(taskid [32]byte, results []byte, resultsCallback []byte) ([]byte, error) {
	return iHub.abi.Pack("finalize", taskid, results, resultsCallback)
}

// PackHashAppOrder is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8b5f7cfd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function hashAppOrder((address,uint256,uint256,bytes32,address,address,address,bytes32,bytes) order) view returns(bytes32)
func (iHub *IHub) PackHashAppOrder(order AppOrder) []byte {
	enc, err := iHub.abi.Pack("hashAppOrder", order)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackHashAppOrder is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8b5f7cfd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function hashAppOrder((address,uint256,uint256,bytes32,address,address,address,bytes32,bytes) order) view returns(bytes32)
func (iHub *IHub) TryPackHashAppOrder(order AppOrder) ([]byte, error) {
	return iHub.abi.Pack("hashAppOrder", order)
}

// UnpackHashAppOrder is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8b5f7cfd.
//
// Solidity: function hashAppOrder((address,uint256,uint256,bytes32,address,address,address,bytes32,bytes) order) view returns(bytes32)
func (iHub *IHub) UnpackHashAppOrder(data []byte) ([32]byte, error) {
	out, err := iHub.abi.Unpack("hashAppOrder", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackHashDatasetOrder is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x50499def.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function hashDatasetOrder((address,uint256,uint256,bytes32,address,address,address,bytes32,bytes) order) view returns(bytes32)
func (iHub *IHub) PackHashDatasetOrder(order DatasetOrder) []byte {
	enc, err := iHub.abi.Pack("hashDatasetOrder", order)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackHashDatasetOrder is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x50499def.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function hashDatasetOrder((address,uint256,uint256,bytes32,address,address,address,bytes32,bytes) order) view returns(bytes32)
func (iHub *IHub) TryPackHashDatasetOrder(order DatasetOrder) ([]byte, error) {
	return iHub.abi.Pack("hashDatasetOrder", order)
}

// UnpackHashDatasetOrder is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x50499def.
//
// Solidity: function hashDatasetOrder((address,uint256,uint256,bytes32,address,address,address,bytes32,bytes) order) view returns(bytes32)
func (iHub *IHub) UnpackHashDatasetOrder(data []byte) ([32]byte, error) {
	out, err := iHub.abi.Unpack("hashDatasetOrder", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackHashRequestOrder is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbd96cee9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function hashRequestOrder((address,uint256,address,uint256,address,uint256,address,uint256,bytes32,uint256,uint256,address,address,string,bytes32,bytes) order) view returns(bytes32)
func (iHub *IHub) PackHashRequestOrder(order RequestOrder) []byte {
	enc, err := iHub.abi.Pack("hashRequestOrder", order)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackHashRequestOrder is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbd96cee9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function hashRequestOrder((address,uint256,address,uint256,address,uint256,address,uint256,bytes32,uint256,uint256,address,address,string,bytes32,bytes) order) view returns(bytes32)
func (iHub *IHub) TryPackHashRequestOrder(order RequestOrder) ([]byte, error) {
	return iHub.abi.Pack("hashRequestOrder", order)
}

// UnpackHashRequestOrder is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xbd96cee9.
//
// Solidity: function hashRequestOrder((address,uint256,address,uint256,address,uint256,address,uint256,bytes32,uint256,uint256,address,address,string,bytes32,bytes) order) view returns(bytes32)
func (iHub *IHub) UnpackHashRequestOrder(data []byte) ([32]byte, error) {
	out, err := iHub.abi.Unpack("hashRequestOrder", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackHashWorkerpoolOrder is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa0518806.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function hashWorkerpoolOrder((address,uint256,uint256,bytes32,uint256,uint256,address,address,address,bytes32,bytes) order) view returns(bytes32)
func (iHub *IHub) PackHashWorkerpoolOrder(order WorkerpoolOrder) []byte {
	enc, err := iHub.abi.Pack("hashWorkerpoolOrder", order)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackHashWorkerpoolOrder is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa0518806.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function hashWorkerpoolOrder((address,uint256,uint256,bytes32,uint256,uint256,address,address,address,bytes32,bytes) order) view returns(bytes32)
func (iHub *IHub) TryPackHashWorkerpoolOrder(order WorkerpoolOrder) ([]byte, error) {
	return iHub.abi.Pack("hashWorkerpoolOrder", order)
}

// UnpackHashWorkerpoolOrder is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa0518806.
//
// Solidity: function hashWorkerpoolOrder((address,uint256,uint256,bytes32,uint256,uint256,address,address,address,bytes32,bytes) order) view returns(bytes32)
func (iHub *IHub) UnpackHashWorkerpoolOrder(data []byte) ([32]byte, error) {
	out, err := iHub.abi.Unpack("hashWorkerpoolOrder", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackInitialize is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5b36c66b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function initialize(bytes32 dealid, uint256 idx) returns(bytes32 taskid)
func (iHub *IHub) PackInitialize(dealid [32]byte, idx *big.Int) []byte {
	enc, err := iHub.abi.Pack("initialize", dealid, idx)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackInitialize is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5b36c66b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function initialize(bytes32 dealid, uint256 idx) returns(bytes32 taskid)
func (iHub *IHub) TryPackInitialize(dealid [32]byte, idx *big.Int) ([]byte, error) {
	return iHub.abi.Pack("initialize", dealid, idx)
}

// UnpackInitialize is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5b36c66b.
//
// Solidity: function initialize(bytes32 dealid, uint256 idx) returns(bytes32 taskid)
func (iHub *IHub) UnpackInitialize(data []byte) ([32]byte, error) {
	out, err := iHub.abi.Unpack("initialize", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackInitializeArray is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb504681d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function initializeArray(bytes32[] dealids, uint256[] idxs) returns()
func (iHub *IHub) PackInitializeArray(dealids [][32]byte, idxs []*big.Int) []byte {
	enc, err := iHub.abi.Pack("initializeArray", dealids, idxs)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackInitializeArray is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb504681d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function initializeArray(bytes32[] dealids, uint256[] idxs) returns()
func (iHub *IHub) TryPackInitializeArray(dealids [][32]byte, idxs []*big.Int) ([]byte, error) {
	return iHub.abi.Pack("initializeArray", dealids, idxs)
}

// PackMatchOrders is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x156194d4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function matchOrders((address,uint256,uint256,bytes32,address,address,address,bytes32,bytes) appOrder, (address,uint256,uint256,bytes32,address,address,address,bytes32,bytes) datasetOrder, (address,uint256,uint256,bytes32,uint256,uint256,address,address,address,bytes32,bytes) workerpoolOrder, (address,uint256,address,uint256,address,uint256,address,uint256,bytes32,uint256,uint256,address,address,string,bytes32,bytes) requestOrder) returns(bytes32 dealid)
func (iHub *IHub) PackMatchOrders(appOrder AppOrder, datasetOrder DatasetOrder, workerpoolOrder WorkerpoolOrder, requestOrder RequestOrder) []byte {
	enc, err := iHub.abi.Pack("matchOrders", appOrder, datasetOrder, workerpoolOrder, requestOrder)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMatchOrders is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x156194d4.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function matchOrders((address,uint256,uint256,bytes32,address,address,address,bytes32,bytes) appOrder, (address,uint256,uint256,bytes32,address,address,address,bytes32,bytes) datasetOrder, (address,uint256,uint256,bytes32,uint256,uint256,address,address,address,bytes32,bytes) workerpoolOrder, (address,uint256,address,uint256,address,uint256,address,uint256,bytes32,uint256,uint256,address,address,string,bytes32,bytes) requestOrder) returns(bytes32 dealid)
func (iHub *IHub) TryPackMatchOrders(appOrder AppOrder, datasetOrder DatasetOrder, workerpoolOrder WorkerpoolOrder, requestOrder RequestOrder) ([]byte, error) {
	return iHub.abi.Pack("matchOrders", appOrder, datasetOrder, workerpoolOrder, requestOrder)
}

// UnpackMatchOrders is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x156194d4.
//
// Solidity: function matchOrders((address,uint256,uint256,bytes32,address,address,address,bytes32,bytes) appOrder, (address,uint256,uint256,bytes32,address,address,address,bytes32,bytes) datasetOrder, (address,uint256,uint256,bytes32,uint256,uint256,address,address,address,bytes32,bytes) workerpoolOrder, (address,uint256,address,uint256,address,uint256,address,uint256,bytes32,uint256,uint256,address,address,string,bytes32,bytes) requestOrder) returns(bytes32 dealid)
func (iHub *IHub) UnpackMatchOrders(data []byte) ([32]byte, error) {
	out, err := iHub.abi.Unpack("matchOrders", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8da5cb5b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function owner() view returns(address)
func (iHub *IHub) PackOwner() []byte {
	enc, err := iHub.abi.Pack("owner")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8da5cb5b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function owner() view returns(address)
func (iHub *IHub) TryPackOwner() ([]byte, error) {
	return iHub.abi.Pack("owner")
}

// UnpackOwner is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (iHub *IHub) UnpackOwner(data []byte) (common.Address, error) {
	out, err := iHub.abi.Unpack("owner", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackPot is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4ba2363a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function pot() view returns(uint256)
func (iHub *IHub) PackPot() []byte {
	enc, err := iHub.abi.Pack("pot")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPot is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4ba2363a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function pot() view returns(uint256)
func (iHub *IHub) TryPackPot() ([]byte, error) {
	return iHub.abi.Pack("pot")
}

// UnpackPot is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x4ba2363a.
//
// Solidity: function pot() view returns(uint256)
func (iHub *IHub) UnpackPot(data []byte) (*big.Int, error) {
	out, err := iHub.abi.Unpack("pot", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackPresignAppOrder is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6a810578.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function presignAppOrder((address,uint256,uint256,bytes32,address,address,address,bytes32,bytes) order) returns()
func (iHub *IHub) PackPresignAppOrder(order AppOrder) []byte {
	enc, err := iHub.abi.Pack("presignAppOrder", order)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPresignAppOrder is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6a810578.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function presignAppOrder((address,uint256,uint256,bytes32,address,address,address,bytes32,bytes) order) returns()
func (iHub *IHub) TryPackPresignAppOrder(order AppOrder) ([]byte, error) {
	return iHub.abi.Pack("presignAppOrder", order)
}

// PackPresignDatasetOrder is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x09ec0f4a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function presignDatasetOrder((address,uint256,uint256,bytes32,address,address,address,bytes32,bytes) order) returns()
func (iHub *IHub) PackPresignDatasetOrder(order DatasetOrder) []byte {
	enc, err := iHub.abi.Pack("presignDatasetOrder", order)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPresignDatasetOrder is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x09ec0f4a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function presignDatasetOrder((address,uint256,uint256,bytes32,address,address,address,bytes32,bytes) order) returns()
func (iHub *IHub) TryPackPresignDatasetOrder(order DatasetOrder) ([]byte, error) {
	return iHub.abi.Pack("presignDatasetOrder", order)
}

// PackPresignRequestOrder is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdf47e347.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function presignRequestOrder((address,uint256,address,uint256,address,uint256,address,uint256,bytes32,uint256,uint256,address,address,string,bytes32,bytes) order) returns()
func (iHub *IHub) PackPresignRequestOrder(order RequestOrder) []byte {
	enc, err := iHub.abi.Pack("presignRequestOrder", order)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPresignRequestOrder is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdf47e347.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function presignRequestOrder((address,uint256,address,uint256,address,uint256,address,uint256,bytes32,uint256,uint256,address,address,string,bytes32,bytes) order) returns()
func (iHub *IHub) TryPackPresignRequestOrder(order RequestOrder) ([]byte, error) {
	return iHub.abi.Pack("presignRequestOrder", order)
}

// PackPresignWorkerpoolOrder is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xafce7e39.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function presignWorkerpoolOrder((address,uint256,uint256,bytes32,uint256,uint256,address,address,address,bytes32,bytes) order) returns()
func (iHub *IHub) PackPresignWorkerpoolOrder(order WorkerpoolOrder) []byte {
	enc, err := iHub.abi.Pack("presignWorkerpoolOrder", order)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPresignWorkerpoolOrder is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xafce7e39.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function presignWorkerpoolOrder((address,uint256,uint256,bytes32,uint256,uint256,address,address,address,bytes32,bytes) order) returns()
func (iHub *IHub) TryPackPresignWorkerpoolOrder(order WorkerpoolOrder) ([]byte, error) {
	return iHub.abi.Pack("presignWorkerpoolOrder", order)
}

// PackReopen is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf6c68e10.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function reopen(bytes32 taskid) returns()
func (iHub *IHub) PackReopen(taskid [32]byte) []byte {
	enc, err := iHub.abi.Pack("reopen", taskid)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackReopen is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf6c68e10.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function reopen(bytes32 taskid) returns()
func (iHub *IHub) TryPackReopen(taskid [32]byte) ([]byte, error) {
	return iHub.abi.Pack("reopen", taskid)
}

// PackResultFor is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd09cc57e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function resultFor(bytes32 taskid) view returns(bytes)
func (iHub *IHub) PackResultFor(taskid [32]byte) []byte {
	enc, err := iHub.abi.Pack("resultFor", taskid)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackResultFor is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd09cc57e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function resultFor(bytes32 taskid) view returns(bytes)
func (iHub *IHub) TryPackResultFor(taskid [32]byte) ([]byte, error) {
	return iHub.abi.Pack("resultFor", taskid)
}

// UnpackResultFor is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd09cc57e.
//
// Solidity: function resultFor(bytes32 taskid) view returns(bytes)
func (iHub *IHub) UnpackResultFor(data []byte) ([]byte, error) {
	out, err := iHub.abi.Unpack("resultFor", data)
	if err != nil {
		return *new([]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([]byte)).(*[]byte)
	return out0, nil
}

// PackReveal is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfc334e8c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function reveal(bytes32 taskid, bytes32 digest) returns()
func (iHub *IHub) PackReveal(taskid [32]byte, digest [32]byte) []byte {
	enc, err := iHub.abi.Pack("reveal", taskid, digest)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackReveal is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfc334e8c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function reveal(bytes32 taskid, bytes32 digest) returns()
func (iHub *IHub) TryPackReveal(taskid [32]byte, digest [32]byte) ([]byte, error) {
	return iHub.abi.Pack("reveal", taskid, digest)
}

// PackSetWorkerpoolPolicy is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5b9ee687.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setWorkerpoolPolicy(address workerpool, uint256 workerStakeRatio, uint256 schedulerRewardRatio) returns()
func (iHub *IHub) PackSetWorkerpoolPolicy(workerpool common.Address, workerStakeRatio *big.Int, schedulerRewardRatio *big.Int) []byte {
	enc, err := iHub.abi.Pack("setWorkerpoolPolicy", workerpool, workerStakeRatio, schedulerRewardRatio)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetWorkerpoolPolicy is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5b9ee687.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setWorkerpoolPolicy(address workerpool, uint256 workerStakeRatio, uint256 schedulerRewardRatio) returns()
func (iHub *IHub) TryPackSetWorkerpoolPolicy(workerpool common.Address, workerStakeRatio *big.Int, schedulerRewardRatio *big.Int) ([]byte, error) {
	return iHub.abi.Pack("setWorkerpoolPolicy", workerpool, workerStakeRatio, schedulerRewardRatio)
}

// PackSettle is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x55c301a0.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function settle(address[] workers, (bytes32,uint256,bytes32,bytes,bytes,(uint256,bytes32,bytes32)[],(uint256,bytes32,bytes32,bytes32,bytes32)[])[] tasks) returns()
func (iHub *IHub) PackSettle(workers []common.Address, tasks []TaskSettlement) []byte {
	enc, err := iHub.abi.Pack("settle", workers, tasks)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSettle is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x55c301a0.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function settle(address[] workers, (bytes32,uint256,bytes32,bytes,bytes,(uint256,bytes32,bytes32)[],(uint256,bytes32,bytes32,bytes32,bytes32)[])[] tasks) returns()
func (iHub *IHub) TryPackSettle(workers []common.Address, tasks []TaskSettlement) ([]byte, error) {
	return iHub.abi.Pack("settle", workers, tasks)
}

// PackToken is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfc0c546a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function token() view returns(address)
func (iHub *IHub) PackToken() []byte {
	enc, err := iHub.abi.Pack("token")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackToken is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfc0c546a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function token() view returns(address)
func (iHub *IHub) TryPackToken() ([]byte, error) {
	return iHub.abi.Pack("token")
}

// UnpackToken is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xfc0c546a.
//
// Solidity: function token() view returns(address)
func (iHub *IHub) UnpackToken(data []byte) (common.Address, error) {
	out, err := iHub.abi.Unpack("token", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackTransferApp is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3ff735ea.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transferApp(address app, address newOwner) returns()
func (iHub *IHub) PackTransferApp(app common.Address, newOwner common.Address) []byte {
	enc, err := iHub.abi.Pack("transferApp", app, newOwner)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTransferApp is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3ff735ea.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function transferApp(address app, address newOwner) returns()
func (iHub *IHub) TryPackTransferApp(app common.Address, newOwner common.Address) ([]byte, error) {
	return iHub.abi.Pack("transferApp", app, newOwner)
}

// PackTransferDataset is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x79dc28e8.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transferDataset(address dataset, address newOwner) returns()
func (iHub *IHub) PackTransferDataset(dataset common.Address, newOwner common.Address) []byte {
	enc, err := iHub.abi.Pack("transferDataset", dataset, newOwner)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTransferDataset is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x79dc28e8.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function transferDataset(address dataset, address newOwner) returns()
func (iHub *IHub) TryPackTransferDataset(dataset common.Address, newOwner common.Address) ([]byte, error) {
	return iHub.abi.Pack("transferDataset", dataset, newOwner)
}

// PackTransferOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf2fde38b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transferOwnership(address newOwner) returns()
func (iHub *IHub) PackTransferOwnership(newOwner common.Address) []byte {
	enc, err := iHub.abi.Pack("transferOwnership", newOwner)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTransferOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf2fde38b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function transferOwnership(address newOwner) returns()
func (iHub *IHub) TryPackTransferOwnership(newOwner common.Address) ([]byte, error) {
	return iHub.abi.Pack("transferOwnership", newOwner)
}

// PackTransferWorkerpool is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xaaacf8d8.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transferWorkerpool(address workerpool, address newOwner) returns()
func (iHub *IHub) PackTransferWorkerpool(workerpool common.Address, newOwner common.Address) []byte {
	enc, err := iHub.abi.Pack("transferWorkerpool", workerpool, newOwner)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTransferWorkerpool is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xaaacf8d8.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function transferWorkerpool(address workerpool, address newOwner) returns()
func (iHub *IHub) TryPackTransferWorkerpool(workerpool common.Address, newOwner common.Address) ([]byte, error) {
	return iHub.abi.Pack("transferWorkerpool", workerpool, newOwner)
}

// PackUnbond is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa5d059ca.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function unbond(address workerpool, uint256 amount) returns()
func (iHub *IHub) PackUnbond(workerpool common.Address, amount *big.Int) []byte {
	enc, err := iHub.abi.Pack("unbond", workerpool, amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackUnbond is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa5d059ca.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function unbond(address workerpool, uint256 amount) returns()
func (iHub *IHub) TryPackUnbond(workerpool common.Address, amount *big.Int) ([]byte, error) {
	return iHub.abi.Pack("unbond", workerpool, amount)
}

// PackUnbondDelay is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x51127fca.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function unbondDelay() view returns(uint256)
func (iHub *IHub) PackUnbondDelay() []byte {
	enc, err := iHub.abi.Pack("unbondDelay")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackUnbondDelay is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x51127fca.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function unbondDelay() view returns(uint256)
func (iHub *IHub) TryPackUnbondDelay() ([]byte, error) {
	return iHub.abi.Pack("unbondDelay")
}

// UnpackUnbondDelay is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x51127fca.
//
// Solidity: function unbondDelay() view returns(uint256)
func (iHub *IHub) UnpackUnbondDelay(data []byte) (*big.Int, error) {
	out, err := iHub.abi.Unpack("unbondDelay", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackViewAccount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6b55f4a5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function viewAccount(address account) view returns((uint256,uint256))
func (iHub *IHub) PackViewAccount(account common.Address) []byte {
	enc, err := iHub.abi.Pack("viewAccount", account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackViewAccount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6b55f4a5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function viewAccount(address account) view returns((uint256,uint256))
func (iHub *IHub) TryPackViewAccount(account common.Address) ([]byte, error) {
	return iHub.abi.Pack("viewAccount", account)
}

// UnpackViewAccount is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x6b55f4a5.
//
// Solidity: function viewAccount(address account) view returns((uint256,uint256))
func (iHub *IHub) UnpackViewAccount(data []byte) (AccountView, error) {
	out, err := iHub.abi.Unpack("viewAccount", data)
	if err != nil {
		return *new(AccountView), err
	}
	out0 := *abi.ConvertType(out[0], new(AccountView)).(*AccountView)
	return out0, nil
}

// PackViewApp is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe1523fb4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function viewApp(address app) view returns((address,uint8,bytes32,bytes32))
func (iHub *IHub) PackViewApp(app common.Address) []byte {
	enc, err := iHub.abi.Pack("viewApp", app)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackViewApp is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe1523fb4.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function viewApp(address app) view returns((address,uint8,bytes32,bytes32))
func (iHub *IHub) TryPackViewApp(app common.Address) ([]byte, error) {
	return iHub.abi.Pack("viewApp", app)
}

// UnpackViewApp is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe1523fb4.
//
// Solidity: function viewApp(address app) view returns((address,uint8,bytes32,bytes32))
func (iHub *IHub) UnpackViewApp(data []byte) (AppView, error) {
	out, err := iHub.abi.Unpack("viewApp", data)
	if err != nil {
		return *new(AppView), err
	}
	out0 := *abi.ConvertType(out[0], new(AppView)).(*AppView)
	return out0, nil
}

// PackViewBatchBits is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x32af3ba7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function viewBatchBits(bytes32 dealid, uint256 word) view returns((uint256,uint256))
func (iHub *IHub) PackViewBatchBits(dealid [32]byte, word *big.Int) []byte {
	enc, err := iHub.abi.Pack("viewBatchBits", dealid, word)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackViewBatchBits is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x32af3ba7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function viewBatchBits(bytes32 dealid, uint256 word) view returns((uint256,uint256))
func (iHub *IHub) TryPackViewBatchBits(dealid [32]byte, word *big.Int) ([]byte, error) {
	return iHub.abi.Pack("viewBatchBits", dealid, word)
}

// UnpackViewBatchBits is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x32af3ba7.
//
// Solidity: function viewBatchBits(bytes32 dealid, uint256 word) view returns((uint256,uint256))
func (iHub *IHub) UnpackViewBatchBits(data []byte) (BatchBitsView, error) {
	out, err := iHub.abi.Unpack("viewBatchBits", data)
	if err != nil {
		return *new(BatchBitsView), err
	}
	out0 := *abi.ConvertType(out[0], new(BatchBitsView)).(*BatchBitsView)
	return out0, nil
}

// PackViewBond is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xeddd1c63.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function viewBond(address worker, address workerpool) view returns((uint256,uint256,uint256))
func (iHub *IHub) PackViewBond(worker common.Address, workerpool common.Address) []byte {
	enc, err := iHub.abi.Pack("viewBond", worker, workerpool)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackViewBond is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xeddd1c63.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function viewBond(address worker, address workerpool) view returns((uint256,uint256,uint256))
func (iHub *IHub) TryPackViewBond(worker common.Address, workerpool common.Address) ([]byte, error) {
	return iHub.abi.Pack("viewBond", worker, workerpool)
}

// UnpackViewBond is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xeddd1c63.
//
// Solidity: function viewBond(address worker, address workerpool) view returns((uint256,uint256,uint256))
func (iHub *IHub) UnpackViewBond(data []byte) (BondView, error) {
	out, err := iHub.abi.Unpack("viewBond", data)
	if err != nil {
		return *new(BondView), err
	}
	out0 := *abi.ConvertType(out[0], new(BondView)).(*BondView)
	return out0, nil
}

// PackViewCategory is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4f5f44ec.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function viewCategory(uint256 id) view returns((string,string,uint256))
func (iHub *IHub) PackViewCategory(id *big.Int) []byte {
	enc, err := iHub.abi.Pack("viewCategory", id)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackViewCategory is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4f5f44ec.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function viewCategory(uint256 id) view returns((string,string,uint256))
func (iHub *IHub) TryPackViewCategory(id *big.Int) ([]byte, error) {
	return iHub.abi.Pack("viewCategory", id)
}

// UnpackViewCategory is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x4f5f44ec.
//
// Solidity: function viewCategory(uint256 id) view returns((string,string,uint256))
func (iHub *IHub) UnpackViewCategory(data []byte) (CategoryView, error) {
	out, err := iHub.abi.Unpack("viewCategory", data)
	if err != nil {
		return *new(CategoryView), err
	}
	out0 := *abi.ConvertType(out[0], new(CategoryView)).(*CategoryView)
	return out0, nil
}

// PackViewConsumed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4b2bec8c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function viewConsumed(bytes32 orderHash) view returns(uint256)
func (iHub *IHub) PackViewConsumed(orderHash [32]byte) []byte {
	enc, err := iHub.abi.Pack("viewConsumed", orderHash)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackViewConsumed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4b2bec8c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function viewConsumed(bytes32 orderHash) view returns(uint256)
func (iHub *IHub) TryPackViewConsumed(orderHash [32]byte) ([]byte, error) {
	return iHub.abi.Pack("viewConsumed", orderHash)
}

// UnpackViewConsumed is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x4b2bec8c.
//
// Solidity: function viewConsumed(bytes32 orderHash) view returns(uint256)
func (iHub *IHub) UnpackViewConsumed(data []byte) (*big.Int, error) {
	out, err := iHub.abi.Unpack("viewConsumed", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackViewContribution is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe741363b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function viewContribution(bytes32 taskid, address worker) view returns((uint256,uint256,uint256,bytes20))
func (iHub *IHub) PackViewContribution(taskid [32]byte, worker common.Address) []byte {
	enc, err := iHub.abi.Pack("viewContribution", taskid, worker)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackViewContribution is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe741363b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function viewContribution(bytes32 taskid, address worker) view returns((uint256,uint256,uint256,bytes20))
func (iHub *IHub) TryPackViewContribution(taskid [32]byte, worker common.Address) ([]byte, error) {
	return iHub.abi.Pack("viewContribution", taskid, worker)
}

// UnpackViewContribution is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe741363b.
//
// Solidity: function viewContribution(bytes32 taskid, address worker) view returns((uint256,uint256,uint256,bytes20))
func (iHub *IHub) UnpackViewContribution(data []byte) (ContributionView, error) {
	out, err := iHub.abi.Unpack("viewContribution", data)
	if err != nil {
		return *new(ContributionView), err
	}
	out0 := *abi.ConvertType(out[0], new(ContributionView)).(*ContributionView)
	return out0, nil
}

// PackViewDataset is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1e143ef7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function viewDataset(address dataset) view returns((address,bytes32,bytes32))
func (iHub *IHub) PackViewDataset(dataset common.Address) []byte {
	enc, err := iHub.abi.Pack("viewDataset", dataset)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackViewDataset is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1e143ef7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function viewDataset(address dataset) view returns((address,bytes32,bytes32))
func (iHub *IHub) TryPackViewDataset(dataset common.Address) ([]byte, error) {
	return iHub.abi.Pack("viewDataset", dataset)
}

// UnpackViewDataset is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x1e143ef7.
//
// Solidity: function viewDataset(address dataset) view returns((address,bytes32,bytes32))
func (iHub *IHub) UnpackViewDataset(data []byte) (DatasetView, error) {
	out, err := iHub.abi.Unpack("viewDataset", data)
	if err != nil {
		return *new(DatasetView), err
	}
	out0 := *abi.ConvertType(out[0], new(DatasetView)).(*DatasetView)
	return out0, nil
}

// PackViewDeal is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb74861b2.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function viewDeal(bytes32 dealid) view returns((address,uint256,uint256,uint256,uint256,uint256,address,uint256,address,uint256,address,uint256,uint256,uint256,uint256,uint256,address,bool,address))
func (iHub *IHub) PackViewDeal(dealid [32]byte) []byte {
	enc, err := iHub.abi.Pack("viewDeal", dealid)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackViewDeal is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb74861b2.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function viewDeal(bytes32 dealid) view returns((address,uint256,uint256,uint256,uint256,uint256,address,uint256,address,uint256,address,uint256,uint256,uint256,uint256,uint256,address,bool,address))
func (iHub *IHub) TryPackViewDeal(dealid [32]byte) ([]byte, error) {
	return iHub.abi.Pack("viewDeal", dealid)
}

// UnpackViewDeal is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb74861b2.
//
// Solidity: function viewDeal(bytes32 dealid) view returns((address,uint256,uint256,uint256,uint256,uint256,address,uint256,address,uint256,address,uint256,uint256,uint256,uint256,uint256,address,bool,address))
func (iHub *IHub) UnpackViewDeal(data []byte) (DealView, error) {
	out, err := iHub.abi.Unpack("viewDeal", data)
	if err != nil {
		return *new(DealView), err
	}
	out0 := *abi.ConvertType(out[0], new(DealView)).(*DealView)
	return out0, nil
}

// PackViewPresigned is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd286eb16.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function viewPresigned(bytes32 orderHash) view returns(bool)
func (iHub *IHub) PackViewPresigned(orderHash [32]byte) []byte {
	enc, err := iHub.abi.Pack("viewPresigned", orderHash)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackViewPresigned is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd286eb16.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function viewPresigned(bytes32 orderHash) view returns(bool)
func (iHub *IHub) TryPackViewPresigned(orderHash [32]byte) ([]byte, error) {
	return iHub.abi.Pack("viewPresigned", orderHash)
}

// UnpackViewPresigned is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd286eb16.
//
// Solidity: function viewPresigned(bytes32 orderHash) view returns(bool)
func (iHub *IHub) UnpackViewPresigned(data []byte) (bool, error) {
	out, err := iHub.abi.Unpack("viewPresigned", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackViewScore is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdb230b52.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function viewScore(address worker) view returns(uint256)
func (iHub *IHub) PackViewScore(worker common.Address) []byte {
	enc, err := iHub.abi.Pack("viewScore", worker)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackViewScore is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdb230b52.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function viewScore(address worker) view returns(uint256)
func (iHub *IHub) TryPackViewScore(worker common.Address) ([]byte, error) {
	return iHub.abi.Pack("viewScore", worker)
}

// UnpackViewScore is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xdb230b52.
//
// Solidity: function viewScore(address worker) view returns(uint256)
func (iHub *IHub) UnpackViewScore(data []byte) (*big.Int, error) {
	out, err := iHub.abi.Unpack("viewScore", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackViewTask is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xadccf0d5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function viewTask(bytes32 taskid) view returns((uint256,bytes32,uint256,uint256,uint256,uint256,bytes32,bytes32,uint256,uint256,uint256,uint256,uint256,address[]))
func (iHub *IHub) PackViewTask(taskid [32]byte) []byte {
	enc, err := iHub.abi.Pack("viewTask", taskid)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackViewTask is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xadccf0d5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function viewTask(bytes32 taskid) view returns((uint256,bytes32,uint256,uint256,uint256,uint256,bytes32,bytes32,uint256,uint256,uint256,uint256,uint256,address[]))
func (iHub *IHub) TryPackViewTask(taskid [32]byte) ([]byte, error) {
	return iHub.abi.Pack("viewTask", taskid)
}

// UnpackViewTask is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xadccf0d5.
//
// Solidity: function viewTask(bytes32 taskid) view returns((uint256,bytes32,uint256,uint256,uint256,uint256,bytes32,bytes32,uint256,uint256,uint256,uint256,uint256,address[]))
func (iHub *IHub) UnpackViewTask(data []byte) (TaskView, error) {
	out, err := iHub.abi.Unpack("viewTask", data)
	if err != nil {
		return *new(TaskView), err
	}
	out0 := *abi.ConvertType(out[0], new(TaskView)).(*TaskView)
	return out0, nil
}

// PackViewWorkerpool is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbd8ab058.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function viewWorkerpool(address workerpool) view returns((address,uint256,uint256,bytes32))
func (iHub *IHub) PackViewWorkerpool(workerpool common.Address) []byte {
	enc, err := iHub.abi.Pack("viewWorkerpool", workerpool)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackViewWorkerpool is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbd8ab058.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function viewWorkerpool(address workerpool) view returns((address,uint256,uint256,bytes32))
func (iHub *IHub) TryPackViewWorkerpool(workerpool common.Address) ([]byte, error) {
	return iHub.abi.Pack("viewWorkerpool", workerpool)
}

// UnpackViewWorkerpool is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xbd8ab058.
//
// Solidity: function viewWorkerpool(address workerpool) view returns((address,uint256,uint256,bytes32))
func (iHub *IHub) UnpackViewWorkerpool(data []byte) (WorkerpoolView, error) {
	out, err := iHub.abi.Unpack("viewWorkerpool", data)
	if err != nil {
		return *new(WorkerpoolView), err
	}
	out0 := *abi.ConvertType(out[0], new(WorkerpoolView)).(*WorkerpoolView)
	return out0, nil
}

// PackWithdraw is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2e1a7d4d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function withdraw(uint256 amount) returns()
func (iHub *IHub) PackWithdraw(amount *big.Int) []byte {
	enc, err := iHub.abi.Pack("withdraw", amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackWithdraw is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2e1a7d4d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function withdraw(uint256 amount) returns()
func (iHub *IHub) TryPackWithdraw(amount *big.Int) ([]byte, error) {
	return iHub.abi.Pack("withdraw", amount)
}

// PackWithdrawUnbonded is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xaeffaa47.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function withdrawUnbonded(address workerpool) returns()
func (iHub *IHub) PackWithdrawUnbonded(workerpool common.Address) []byte {
	enc, err := iHub.abi.Pack("withdrawUnbonded", workerpool)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackWithdrawUnbonded is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xaeffaa47.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function withdrawUnbonded(address workerpool) returns()
func (iHub *IHub) TryPackWithdrawUnbonded(workerpool common.Address) ([]byte, error) {
	return iHub.abi.Pack("withdrawUnbonded", workerpool)
}

// IHubAccountUpdated represents a AccountUpdated event raised by the IHub contract.
type IHubAccountUpdated struct {
	Account common.Address
	Balance *big.Int
	Frozen  *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const IHubAccountUpdatedEventName = "AccountUpdated"

// ContractEventName returns the user-defined event name.
func (IHubAccountUpdated) ContractEventName() string {
	return IHubAccountUpdatedEventName
}

// UnpackAccountUpdatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event AccountUpdated(address indexed account, uint256 balance, uint256 frozen)
func (iHub *IHub) UnpackAccountUpdatedEvent(log *types.Log) (*IHubAccountUpdated, error) {
	event := "AccountUpdated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != iHub.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(IHubAccountUpdated)
	if len(log.Data) > 0 {
		if err := iHub.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range iHub.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// IHubAppCreated represents a AppCreated event raised by the IHub contract.
type IHubAppCreated struct {
	App      common.Address
	Owner    common.Address
	Kind     uint8
	Name     string
	Uri      string
	Checksum [32]byte
	Extra    []byte
	Raw      *types.Log // Blockchain specific contextual infos
}

const IHubAppCreatedEventName = "AppCreated"

// ContractEventName returns the user-defined event name.
func (IHubAppCreated) ContractEventName() string {
	return IHubAppCreatedEventName
}

// UnpackAppCreatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event AppCreated(address indexed app, address indexed owner, uint8 kind, string name, string uri, bytes32 checksum, bytes extra)
func (iHub *IHub) UnpackAppCreatedEvent(log *types.Log) (*IHubAppCreated, error) {
	event := "AppCreated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != iHub.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(IHubAppCreated)
	if len(log.Data) > 0 {
		if err := iHub.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range iHub.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// IHubAssetTransferred represents a AssetTransferred event raised by the IHub contract.
type IHubAssetTransferred struct {
	Asset common.Address
	From  common.Address
	To    common.Address
	Raw   *types.Log // Blockchain specific contextual infos
}

const IHubAssetTransferredEventName = "AssetTransferred"

// ContractEventName returns the user-defined event name.
func (IHubAssetTransferred) ContractEventName() string {
	return IHubAssetTransferredEventName
}

// UnpackAssetTransferredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event AssetTransferred(address indexed asset, address indexed from, address indexed to)
func (iHub *IHub) UnpackAssetTransferredEvent(log *types.Log) (*IHubAssetTransferred, error) {
	event := "AssetTransferred"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != iHub.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(IHubAssetTransferred)
	if len(log.Data) > 0 {
		if err := iHub.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range iHub.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// IHubBondUpdated represents a BondUpdated event raised by the IHub contract.
type IHubBondUpdated struct {
	Worker      common.Address
	Workerpool  common.Address
	Bonded      *big.Int
	Unbonding   *big.Int
	ReleaseTime *big.Int
	Raw         *types.Log // Blockchain specific contextual infos
}

const IHubBondUpdatedEventName = "BondUpdated"

// ContractEventName returns the user-defined event name.
func (IHubBondUpdated) ContractEventName() string {
	return IHubBondUpdatedEventName
}

// UnpackBondUpdatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event BondUpdated(address indexed worker, address indexed workerpool, uint256 bonded, uint256 unbonding, uint256 releaseTime)
func (iHub *IHub) UnpackBondUpdatedEvent(log *types.Log) (*IHubBondUpdated, error) {
	event := "BondUpdated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != iHub.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(IHubBondUpdated)
	if len(log.Data) > 0 {
		if err := iHub.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range iHub.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// IHubCallbackDelivered represents a CallbackDelivered event raised by the IHub contract.
type IHubCallbackDelivered struct {
	Taskid   [32]byte
	Callback common.Address
	Success  bool
	Raw      *types.Log // Blockchain specific contextual infos
}

const IHubCallbackDeliveredEventName = "CallbackDelivered"

// ContractEventName returns the user-defined event name.
func (IHubCallbackDelivered) ContractEventName() string {
	return IHubCallbackDeliveredEventName
}

// UnpackCallbackDeliveredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event CallbackDelivered(bytes32 indexed taskid, address indexed callback, bool success)
func (iHub *IHub) UnpackCallbackDeliveredEvent(log *types.Log) (*IHubCallbackDelivered, error) {
	event := "CallbackDelivered"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != iHub.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(IHubCallbackDelivered)
	if len(log.Data) > 0 {
		if err := iHub.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range iHub.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// IHubCategoryCreated represents a CategoryCreated event raised by the IHub contract.
type IHubCategoryCreated struct {
	Id          *big.Int
	Name        string
	Description string
	TimeRef     *big.Int
	Raw         *types.Log // Blockchain specific contextual infos
}

const IHubCategoryCreatedEventName = "CategoryCreated"

// ContractEventName returns the user-defined event name.
func (IHubCategoryCreated) ContractEventName() string {
	return IHubCategoryCreatedEventName
}

// UnpackCategoryCreatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event CategoryCreated(uint256 indexed id, string name, string description, uint256 timeRef)
func (iHub *IHub) UnpackCategoryCreatedEvent(log *types.Log) (*IHubCategoryCreated, error) {
	event := "CategoryCreated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != iHub.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(IHubCategoryCreated)
	if len(log.Data) > 0 {
		if err := iHub.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range iHub.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// IHubDatasetCreated represents a DatasetCreated event raised by the IHub contract.
type IHubDatasetCreated struct {
	Dataset  common.Address
	Owner    common.Address
	Name     string
	Uri      string
	Checksum [32]byte
	Raw      *types.Log // Blockchain specific contextual infos
}

const IHubDatasetCreatedEventName = "DatasetCreated"

// ContractEventName returns the user-defined event name.
func (IHubDatasetCreated) ContractEventName() string {
	return IHubDatasetCreatedEventName
}

// UnpackDatasetCreatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event DatasetCreated(address indexed dataset, address indexed owner, string name, string uri, bytes32 checksum)
func (iHub *IHub) UnpackDatasetCreatedEvent(log *types.Log) (*IHubDatasetCreated, error) {
	event := "DatasetCreated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != iHub.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(IHubDatasetCreated)
	if len(log.Data) > 0 {
		if err := iHub.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range iHub.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// IHubDealCreated represents a DealCreated event raised by the IHub contract.
type IHubDealCreated struct {
	Dealid      [32]byte
	Workerpool  common.Address
	Requester   common.Address
	App         common.Address
	Dataset     common.Address
	Category    *big.Int
	Trust       *big.Int
	Tag         [32]byte
	Beneficiary common.Address
	Callback    common.Address
	Params      string
	BotFirst    *big.Int
	Volume      *big.Int
	Raw         *types.Log // Blockchain specific contextual infos
}

const IHubDealCreatedEventName = "DealCreated"

// ContractEventName returns the user-defined event name.
func (IHubDealCreated) ContractEventName() string {
	return IHubDealCreatedEventName
}

// UnpackDealCreatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event DealCreated(bytes32 indexed dealid, address indexed workerpool, address indexed requester, address app, address dataset, uint256 category, uint256 trust, bytes32 tag, address beneficiary, address callback, string params, uint256 botFirst, uint256 volume)
func (iHub *IHub) UnpackDealCreatedEvent(log *types.Log) (*IHubDealCreated, error) {
	event := "DealCreated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != iHub.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(IHubDealCreated)
	if len(log.Data) > 0 {
		if err := iHub.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range iHub.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// IHubDeposit represents a Deposit event raised by the IHub contract.
type IHubDeposit struct {
	Account common.Address
	Amount  *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const IHubDepositEventName = "Deposit"

// ContractEventName returns the user-defined event name.
func (IHubDeposit) ContractEventName() string {
	return IHubDepositEventName
}

// UnpackDepositEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Deposit(address indexed account, uint256 amount)
func (iHub *IHub) UnpackDepositEvent(log *types.Log) (*IHubDeposit, error) {
	event := "Deposit"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != iHub.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(IHubDeposit)
	if len(log.Data) > 0 {
		if err := iHub.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range iHub.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// IHubOrderCancelled represents a OrderCancelled event raised by the IHub contract.
type IHubOrderCancelled struct {
	OrderHash [32]byte
	Owner     common.Address
	Raw       *types.Log // Blockchain specific contextual infos
}

const IHubOrderCancelledEventName = "OrderCancelled"

// ContractEventName returns the user-defined event name.
func (IHubOrderCancelled) ContractEventName() string {
	return IHubOrderCancelledEventName
}

// UnpackOrderCancelledEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event OrderCancelled(bytes32 indexed orderHash, address indexed owner)
func (iHub *IHub) UnpackOrderCancelledEvent(log *types.Log) (*IHubOrderCancelled, error) {
	event := "OrderCancelled"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != iHub.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(IHubOrderCancelled)
	if len(log.Data) > 0 {
		if err := iHub.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range iHub.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// IHubOrderPresigned represents a OrderPresigned event raised by the IHub contract.
type IHubOrderPresigned struct {
	OrderHash [32]byte
	Owner     common.Address
	Raw       *types.Log // Blockchain specific contextual infos
}

const IHubOrderPresignedEventName = "OrderPresigned"

// ContractEventName returns the user-defined event name.
func (IHubOrderPresigned) ContractEventName() string {
	return IHubOrderPresignedEventName
}

// UnpackOrderPresignedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event OrderPresigned(bytes32 indexed orderHash, address indexed owner)
func (iHub *IHub) UnpackOrderPresignedEvent(log *types.Log) (*IHubOrderPresigned, error) {
	event := "OrderPresigned"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != iHub.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(IHubOrderPresigned)
	if len(log.Data) > 0 {
		if err := iHub.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range iHub.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// IHubOrdersMatched represents a OrdersMatched event raised by the IHub contract.
type IHubOrdersMatched struct {
	Dealid         [32]byte
	AppHash        [32]byte
	DatasetHash    [32]byte
	WorkerpoolHash [32]byte
	RequestHash    [32]byte
	Volume         *big.Int
	Raw            *types.Log // Blockchain specific contextual infos
}

const IHubOrdersMatchedEventName = "OrdersMatched"

// ContractEventName returns the user-defined event name.
func (IHubOrdersMatched) ContractEventName() string {
	return IHubOrdersMatchedEventName
}

// UnpackOrdersMatchedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event OrdersMatched(bytes32 indexed dealid, bytes32 appHash, bytes32 datasetHash, bytes32 workerpoolHash, bytes32 requestHash, uint256 volume)
func (iHub *IHub) UnpackOrdersMatchedEvent(log *types.Log) (*IHubOrdersMatched, error) {
	event := "OrdersMatched"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != iHub.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(IHubOrdersMatched)
	if len(log.Data) > 0 {
		if err := iHub.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range iHub.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// IHubOwnershipTransferred represents a OwnershipTransferred event raised by the IHub contract.
type IHubOwnershipTransferred struct {
	PreviousOwner common.Address
	NewOwner      common.Address
	Raw           *types.Log // Blockchain specific contextual infos
}

const IHubOwnershipTransferredEventName = "OwnershipTransferred"

// ContractEventName returns the user-defined event name.
func (IHubOwnershipTransferred) ContractEventName() string {
	return IHubOwnershipTransferredEventName
}

// UnpackOwnershipTransferredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event OwnershipTransferred(address indexed previousOwner, address indexed newOwner)
func (iHub *IHub) UnpackOwnershipTransferredEvent(log *types.Log) (*IHubOwnershipTransferred, error) {
	event := "OwnershipTransferred"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != iHub.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(IHubOwnershipTransferred)
	if len(log.Data) > 0 {
		if err := iHub.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range iHub.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// IHubPotUpdated represents a PotUpdated event raised by the IHub contract.
type IHubPotUpdated struct {
	Pot *big.Int
	Raw *types.Log // Blockchain specific contextual infos
}

const IHubPotUpdatedEventName = "PotUpdated"

// ContractEventName returns the user-defined event name.
func (IHubPotUpdated) ContractEventName() string {
	return IHubPotUpdatedEventName
}

// UnpackPotUpdatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event PotUpdated(uint256 pot)
func (iHub *IHub) UnpackPotUpdatedEvent(log *types.Log) (*IHubPotUpdated, error) {
	event := "PotUpdated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != iHub.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(IHubPotUpdated)
	if len(log.Data) > 0 {
		if err := iHub.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range iHub.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// IHubScoreUpdated represents a ScoreUpdated event raised by the IHub contract.
type IHubScoreUpdated struct {
	Worker common.Address
	Score  *big.Int
	Raw    *types.Log // Blockchain specific contextual infos
}

const IHubScoreUpdatedEventName = "ScoreUpdated"

// ContractEventName returns the user-defined event name.
func (IHubScoreUpdated) ContractEventName() string {
	return IHubScoreUpdatedEventName
}

// UnpackScoreUpdatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ScoreUpdated(address indexed worker, uint256 score)
func (iHub *IHub) UnpackScoreUpdatedEvent(log *types.Log) (*IHubScoreUpdated, error) {
	event := "ScoreUpdated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != iHub.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(IHubScoreUpdated)
	if len(log.Data) > 0 {
		if err := iHub.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range iHub.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// IHubStakeSeized represents a StakeSeized event raised by the IHub contract.
type IHubStakeSeized struct {
	Taskid [32]byte
	Worker common.Address
	Amount *big.Int
	Raw    *types.Log // Blockchain specific contextual infos
}

const IHubStakeSeizedEventName = "StakeSeized"

// ContractEventName returns the user-defined event name.
func (IHubStakeSeized) ContractEventName() string {
	return IHubStakeSeizedEventName
}

// UnpackStakeSeizedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event StakeSeized(bytes32 indexed taskid, address indexed worker, uint256 amount)
func (iHub *IHub) UnpackStakeSeizedEvent(log *types.Log) (*IHubStakeSeized, error) {
	event := "StakeSeized"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != iHub.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(IHubStakeSeized)
	if len(log.Data) > 0 {
		if err := iHub.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range iHub.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// IHubTaskClaimed represents a TaskClaimed event raised by the IHub contract.
type IHubTaskClaimed struct {
	Taskid [32]byte
	Raw    *types.Log // Blockchain specific contextual infos
}

const IHubTaskClaimedEventName = "TaskClaimed"

// ContractEventName returns the user-defined event name.
func (IHubTaskClaimed) ContractEventName() string {
	return IHubTaskClaimedEventName
}

// UnpackTaskClaimedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event TaskClaimed(bytes32 indexed taskid)
func (iHub *IHub) UnpackTaskClaimedEvent(log *types.Log) (*IHubTaskClaimed, error) {
	event := "TaskClaimed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != iHub.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(IHubTaskClaimed)
	if len(log.Data) > 0 {
		if err := iHub.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range iHub.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// IHubTaskConsensus represents a TaskConsensus event raised by the IHub contract.
type IHubTaskConsensus struct {
	Taskid         [32]byte
	ConsensusValue [32]byte
	Raw            *types.Log // Blockchain specific contextual infos
}

const IHubTaskConsensusEventName = "TaskConsensus"

// ContractEventName returns the user-defined event name.
func (IHubTaskConsensus) ContractEventName() string {
	return IHubTaskConsensusEventName
}

// UnpackTaskConsensusEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event TaskConsensus(bytes32 indexed taskid, bytes32 consensusValue)
func (iHub *IHub) UnpackTaskConsensusEvent(log *types.Log) (*IHubTaskConsensus, error) {
	event := "TaskConsensus"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != iHub.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(IHubTaskConsensus)
	if len(log.Data) > 0 {
		if err := iHub.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range iHub.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// IHubTaskContribute represents a TaskContribute event raised by the IHub contract.
type IHubTaskContribute struct {
	Taskid     [32]byte
	Worker     common.Address
	ResultHash [32]byte
	Raw        *types.Log // Blockchain specific contextual infos
}

const IHubTaskContributeEventName = "TaskContribute"

// ContractEventName returns the user-defined event name.
func (IHubTaskContribute) ContractEventName() string {
	return IHubTaskContributeEventName
}

// UnpackTaskContributeEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event TaskContribute(bytes32 indexed taskid, address indexed worker, bytes32 resultHash)
func (iHub *IHub) UnpackTaskContributeEvent(log *types.Log) (*IHubTaskContribute, error) {
	event := "TaskContribute"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != iHub.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(IHubTaskContribute)
	if len(log.Data) > 0 {
		if err := iHub.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range iHub.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// IHubTaskFinalize represents a TaskFinalize event raised by the IHub contract.
type IHubTaskFinalize struct {
	Taskid  [32]byte
	Results []byte
	Raw     *types.Log // Blockchain specific contextual infos
}

const IHubTaskFinalizeEventName = "TaskFinalize"

// ContractEventName returns the user-defined event name.
func (IHubTaskFinalize) ContractEventName() string {
	return IHubTaskFinalizeEventName
}

// UnpackTaskFinalizeEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event TaskFinalize(bytes32 indexed taskid, bytes results)
func (iHub *IHub) UnpackTaskFinalizeEvent(log *types.Log) (*IHubTaskFinalize, error) {
	event := "TaskFinalize"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != iHub.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(IHubTaskFinalize)
	if len(log.Data) > 0 {
		if err := iHub.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range iHub.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// IHubTaskInitialize represents a TaskInitialize event raised by the IHub contract.
type IHubTaskInitialize struct {
	Taskid [32]byte
	Dealid [32]byte
	Idx    *big.Int
	Raw    *types.Log // Blockchain specific contextual infos
}

const IHubTaskInitializeEventName = "TaskInitialize"

// ContractEventName returns the user-defined event name.
func (IHubTaskInitialize) ContractEventName() string {
	return IHubTaskInitializeEventName
}

// UnpackTaskInitializeEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event TaskInitialize(bytes32 indexed taskid, bytes32 indexed dealid, uint256 idx)
func (iHub *IHub) UnpackTaskInitializeEvent(log *types.Log) (*IHubTaskInitialize, error) {
	event := "TaskInitialize"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != iHub.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(IHubTaskInitialize)
	if len(log.Data) > 0 {
		if err := iHub.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range iHub.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// IHubTaskReopen represents a TaskReopen event raised by the IHub contract.
type IHubTaskReopen struct {
	Taskid [32]byte
	Raw    *types.Log // Blockchain specific contextual infos
}

const IHubTaskReopenEventName = "TaskReopen"

// ContractEventName returns the user-defined event name.
func (IHubTaskReopen) ContractEventName() string {
	return IHubTaskReopenEventName
}

// UnpackTaskReopenEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event TaskReopen(bytes32 indexed taskid)
func (iHub *IHub) UnpackTaskReopenEvent(log *types.Log) (*IHubTaskReopen, error) {
	event := "TaskReopen"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != iHub.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(IHubTaskReopen)
	if len(log.Data) > 0 {
		if err := iHub.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range iHub.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// IHubTaskReveal represents a TaskReveal event raised by the IHub contract.
type IHubTaskReveal struct {
	Taskid [32]byte
	Worker common.Address
	Digest [32]byte
	Raw    *types.Log // Blockchain specific contextual infos
}

const IHubTaskRevealEventName = "TaskReveal"

// ContractEventName returns the user-defined event name.
func (IHubTaskReveal) ContractEventName() string {
	return IHubTaskRevealEventName
}

// UnpackTaskRevealEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event TaskReveal(bytes32 indexed taskid, address indexed worker, bytes32 digest)
func (iHub *IHub) UnpackTaskRevealEvent(log *types.Log) (*IHubTaskReveal, error) {
	event := "TaskReveal"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != iHub.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(IHubTaskReveal)
	if len(log.Data) > 0 {
		if err := iHub.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range iHub.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// IHubTaskSettled represents a TaskSettled event raised by the IHub contract.
type IHubTaskSettled struct {
	Taskid  [32]byte
	Digest  [32]byte
	Results []byte
	Raw     *types.Log // Blockchain specific contextual infos
}

const IHubTaskSettledEventName = "TaskSettled"

// ContractEventName returns the user-defined event name.
func (IHubTaskSettled) ContractEventName() string {
	return IHubTaskSettledEventName
}

// UnpackTaskSettledEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event TaskSettled(bytes32 indexed taskid, bytes32 digest, bytes results)
func (iHub *IHub) UnpackTaskSettledEvent(log *types.Log) (*IHubTaskSettled, error) {
	event := "TaskSettled"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != iHub.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(IHubTaskSettled)
	if len(log.Data) > 0 {
		if err := iHub.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range iHub.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// IHubWithdraw represents a Withdraw event raised by the IHub contract.
type IHubWithdraw struct {
	Account common.Address
	Amount  *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const IHubWithdrawEventName = "Withdraw"

// ContractEventName returns the user-defined event name.
func (IHubWithdraw) ContractEventName() string {
	return IHubWithdrawEventName
}

// UnpackWithdrawEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Withdraw(address indexed account, uint256 amount)
func (iHub *IHub) UnpackWithdrawEvent(log *types.Log) (*IHubWithdraw, error) {
	event := "Withdraw"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != iHub.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(IHubWithdraw)
	if len(log.Data) > 0 {
		if err := iHub.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range iHub.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// IHubWorkerpoolCreated represents a WorkerpoolCreated event raised by the IHub contract.
type IHubWorkerpoolCreated struct {
	Workerpool           common.Address
	Owner                common.Address
	Description          string
	WorkerStakeRatio     *big.Int
	SchedulerRewardRatio *big.Int
	Raw                  *types.Log // Blockchain specific contextual infos
}

const IHubWorkerpoolCreatedEventName = "WorkerpoolCreated"

// ContractEventName returns the user-defined event name.
func (IHubWorkerpoolCreated) ContractEventName() string {
	return IHubWorkerpoolCreatedEventName
}

// UnpackWorkerpoolCreatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event WorkerpoolCreated(address indexed workerpool, address indexed owner, string description, uint256 workerStakeRatio, uint256 schedulerRewardRatio)
func (iHub *IHub) UnpackWorkerpoolCreatedEvent(log *types.Log) (*IHubWorkerpoolCreated, error) {
	event := "WorkerpoolCreated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != iHub.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(IHubWorkerpoolCreated)
	if len(log.Data) > 0 {
		if err := iHub.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range iHub.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// IHubWorkerpoolPolicyUpdated represents a WorkerpoolPolicyUpdated event raised by the IHub contract.
type IHubWorkerpoolPolicyUpdated struct {
	Workerpool           common.Address
	WorkerStakeRatio     *big.Int
	SchedulerRewardRatio *big.Int
	Raw                  *types.Log // Blockchain specific contextual infos
}

const IHubWorkerpoolPolicyUpdatedEventName = "WorkerpoolPolicyUpdated"

// ContractEventName returns the user-defined event name.
func (IHubWorkerpoolPolicyUpdated) ContractEventName() string {
	return IHubWorkerpoolPolicyUpdatedEventName
}

// UnpackWorkerpoolPolicyUpdatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event WorkerpoolPolicyUpdated(address indexed workerpool, uint256 workerStakeRatio, uint256 schedulerRewardRatio)
func (iHub *IHub) UnpackWorkerpoolPolicyUpdatedEvent(log *types.Log) (*IHubWorkerpoolPolicyUpdated, error) {
	event := "WorkerpoolPolicyUpdated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != iHub.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(IHubWorkerpoolPolicyUpdated)
	if len(log.Data) > 0 {
		if err := iHub.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range iHub.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// RevertingConsumerMetaData contains all meta data concerning the RevertingConsumer contract.
var RevertingConsumerMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"\",\"type\":\"bytes\"}],\"name\":\"receiveResult\",\"outputs\":[],\"stateMutability\":\"pure\",\"type\":\"function\"}]",
	ID:  "665e0f8edf10a28785da221112ab88cff0",
	Bin: "0x6080806040523460135760bd908160188239f35b5f80fdfe60808060405260043610156011575f80fd5b5f3560e01c635dd80855146023575f80fd5b3460ac57604036600319011260ac5760243567ffffffffffffffff811160ac573660238201121560ac57806004013567ffffffffffffffff811160ac573691016024011160ac5762461bcd60e51b815260206004820152601d60248201527f636f6e73756d65723a207265667573696e672074686520726573756c740000006044820152606490fd5b5f80fdfea164736f6c6343000825000a",
}

// RevertingConsumer is an auto generated Go binding around an Ethereum contract.
type RevertingConsumer struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *RevertingConsumer) GetABI() abi.ABI {
	return c.abi
}

// NewRevertingConsumer creates a new instance of RevertingConsumer.
func NewRevertingConsumer() *RevertingConsumer {
	parsed, err := RevertingConsumerMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &RevertingConsumer{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *RevertingConsumer) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackReceiveResult is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5dd80855.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function receiveResult(bytes32 , bytes ) pure returns()
func (revertingConsumer *RevertingConsumer) PackReceiveResult(arg0 [32]byte, arg1 []byte) []byte {
	enc, err := revertingConsumer.abi.Pack("receiveResult", arg0, arg1)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackReceiveResult is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5dd80855.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function receiveResult(bytes32 , bytes ) pure returns()
func (revertingConsumer *RevertingConsumer) TryPackReceiveResult(arg0 [32]byte, arg1 []byte) ([]byte, error) {
	return revertingConsumer.abi.Pack("receiveResult", arg0, arg1)
}

// ScoreSetterMetaData contains all meta data concerning the ScoreSetter contract.
var ScoreSetterMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"next\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"balance\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"frozen\",\"type\":\"uint256\"}],\"name\":\"AccountUpdated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"app\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"kind\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"name\",\"type\":\"string\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"uri\",\"type\":\"string\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"checksum\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"extra\",\"type\":\"bytes\"}],\"name\":\"AppCreated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"asset\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"}],\"name\":\"AssetTransferred\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"worker\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"workerpool\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"bonded\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"unbonding\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"releaseTime\",\"type\":\"uint256\"}],\"name\":\"BondUpdated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"taskid\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"callback\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"success\",\"type\":\"bool\"}],\"name\":\"CallbackDelivered\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"name\",\"type\":\"string\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"description\",\"type\":\"string\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"timeRef\",\"type\":\"uint256\"}],\"name\":\"CategoryCreated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"dataset\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"name\",\"type\":\"string\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"uri\",\"type\":\"string\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"checksum\",\"type\":\"bytes32\"}],\"name\":\"DatasetCreated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"dealid\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"workerpool\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"requester\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"app\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"dataset\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"category\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"trust\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"tag\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"beneficiary\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"callback\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"params\",\"type\":\"string\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"botFirst\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"volume\",\"type\":\"uint256\"}],\"name\":\"DealCreated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Deposit\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"orderHash\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"OrderCancelled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"orderHash\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"OrderPresigned\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"dealid\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"appHash\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"datasetHash\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"workerpoolHash\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"requestHash\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"volume\",\"type\":\"uint256\"}],\"name\":\"OrdersMatched\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"previousOwner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"OwnershipTransferred\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"pot\",\"type\":\"uint256\"}],\"name\":\"PotUpdated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"worker\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"score\",\"type\":\"uint256\"}],\"name\":\"ScoreUpdated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"taskid\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"worker\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"StakeSeized\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"taskid\",\"type\":\"bytes32\"}],\"name\":\"TaskClaimed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"taskid\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"consensusValue\",\"type\":\"bytes32\"}],\"name\":\"TaskConsensus\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"taskid\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"worker\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"resultHash\",\"type\":\"bytes32\"}],\"name\":\"TaskContribute\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"taskid\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"results\",\"type\":\"bytes\"}],\"name\":\"TaskFinalize\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"taskid\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"dealid\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"idx\",\"type\":\"uint256\"}],\"name\":\"TaskInitialize\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"taskid\",\"type\":\"bytes32\"}],\"name\":\"TaskReopen\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"taskid\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"worker\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"digest\",\"type\":\"bytes32\"}],\"name\":\"TaskReveal\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"taskid\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"digest\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"results\",\"type\":\"bytes\"}],\"name\":\"TaskSettled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Withdraw\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"workerpool\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"description\",\"type\":\"string\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"workerStakeRatio\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"schedulerRewardRatio\",\"type\":\"uint256\"}],\"name\":\"WorkerpoolCreated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"workerpool\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"workerStakeRatio\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"schedulerRewardRatio\",\"type\":\"uint256\"}],\"name\":\"WorkerpoolPolicyUpdated\",\"type\":\"event\"},{\"stateMutability\":\"nonpayable\",\"type\":\"fallback\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"worker\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"score\",\"type\":\"uint256\"}],\"name\":\"testSetScore\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "27d50c113d11d99f2bf81ce74536290a63",
	Bin: "0x60a034606457601f61014a38819003918201601f19168301916001600160401b03831184841017606857808492602094604052833981010312606457516001600160a01b038116810360645760805260405160cd908161007d82396080518160200152f35b5f80fd5b634e487b7160e01b5f52604160045260245ffdfe60808060405260043610156055575b5034605157604051365f82375f8036837f00000000000000000000000000000000000000000000000000000000000000005af43d5f833e15604d573d90f35b3d90fd5b5f80fd5b5f3560e01c63fef288c203600e573460515760403660031901126051576004356001600160a01b038116919082900360515760207f66ead48cfe0e1d1aa8bad492e906c348dfcfeecbf3b7b2cdf9b1f3cfa42a294591602435845f52600483528060405f20558152a200fea164736f6c6343000825000a",
}

// ScoreSetter is an auto generated Go binding around an Ethereum contract.
type ScoreSetter struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *ScoreSetter) GetABI() abi.ABI {
	return c.abi
}

// NewScoreSetter creates a new instance of ScoreSetter.
func NewScoreSetter() *ScoreSetter {
	parsed, err := ScoreSetterMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &ScoreSetter{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *ScoreSetter) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address next) returns()
func (scoreSetter *ScoreSetter) PackConstructor(next common.Address) []byte {
	enc, err := scoreSetter.abi.Pack("", next)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackTestSetScore is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfef288c2.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function testSetScore(address worker, uint256 score) returns()
func (scoreSetter *ScoreSetter) PackTestSetScore(worker common.Address, score *big.Int) []byte {
	enc, err := scoreSetter.abi.Pack("testSetScore", worker, score)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTestSetScore is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfef288c2.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function testSetScore(address worker, uint256 score) returns()
func (scoreSetter *ScoreSetter) TryPackTestSetScore(worker common.Address, score *big.Int) ([]byte, error) {
	return scoreSetter.abi.Pack("testSetScore", worker, score)
}

// ScoreSetterAccountUpdated represents a AccountUpdated event raised by the ScoreSetter contract.
type ScoreSetterAccountUpdated struct {
	Account common.Address
	Balance *big.Int
	Frozen  *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const ScoreSetterAccountUpdatedEventName = "AccountUpdated"

// ContractEventName returns the user-defined event name.
func (ScoreSetterAccountUpdated) ContractEventName() string {
	return ScoreSetterAccountUpdatedEventName
}

// UnpackAccountUpdatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event AccountUpdated(address indexed account, uint256 balance, uint256 frozen)
func (scoreSetter *ScoreSetter) UnpackAccountUpdatedEvent(log *types.Log) (*ScoreSetterAccountUpdated, error) {
	event := "AccountUpdated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != scoreSetter.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ScoreSetterAccountUpdated)
	if len(log.Data) > 0 {
		if err := scoreSetter.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range scoreSetter.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// ScoreSetterAppCreated represents a AppCreated event raised by the ScoreSetter contract.
type ScoreSetterAppCreated struct {
	App      common.Address
	Owner    common.Address
	Kind     uint8
	Name     string
	Uri      string
	Checksum [32]byte
	Extra    []byte
	Raw      *types.Log // Blockchain specific contextual infos
}

const ScoreSetterAppCreatedEventName = "AppCreated"

// ContractEventName returns the user-defined event name.
func (ScoreSetterAppCreated) ContractEventName() string {
	return ScoreSetterAppCreatedEventName
}

// UnpackAppCreatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event AppCreated(address indexed app, address indexed owner, uint8 kind, string name, string uri, bytes32 checksum, bytes extra)
func (scoreSetter *ScoreSetter) UnpackAppCreatedEvent(log *types.Log) (*ScoreSetterAppCreated, error) {
	event := "AppCreated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != scoreSetter.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ScoreSetterAppCreated)
	if len(log.Data) > 0 {
		if err := scoreSetter.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range scoreSetter.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// ScoreSetterAssetTransferred represents a AssetTransferred event raised by the ScoreSetter contract.
type ScoreSetterAssetTransferred struct {
	Asset common.Address
	From  common.Address
	To    common.Address
	Raw   *types.Log // Blockchain specific contextual infos
}

const ScoreSetterAssetTransferredEventName = "AssetTransferred"

// ContractEventName returns the user-defined event name.
func (ScoreSetterAssetTransferred) ContractEventName() string {
	return ScoreSetterAssetTransferredEventName
}

// UnpackAssetTransferredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event AssetTransferred(address indexed asset, address indexed from, address indexed to)
func (scoreSetter *ScoreSetter) UnpackAssetTransferredEvent(log *types.Log) (*ScoreSetterAssetTransferred, error) {
	event := "AssetTransferred"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != scoreSetter.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ScoreSetterAssetTransferred)
	if len(log.Data) > 0 {
		if err := scoreSetter.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range scoreSetter.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// ScoreSetterBondUpdated represents a BondUpdated event raised by the ScoreSetter contract.
type ScoreSetterBondUpdated struct {
	Worker      common.Address
	Workerpool  common.Address
	Bonded      *big.Int
	Unbonding   *big.Int
	ReleaseTime *big.Int
	Raw         *types.Log // Blockchain specific contextual infos
}

const ScoreSetterBondUpdatedEventName = "BondUpdated"

// ContractEventName returns the user-defined event name.
func (ScoreSetterBondUpdated) ContractEventName() string {
	return ScoreSetterBondUpdatedEventName
}

// UnpackBondUpdatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event BondUpdated(address indexed worker, address indexed workerpool, uint256 bonded, uint256 unbonding, uint256 releaseTime)
func (scoreSetter *ScoreSetter) UnpackBondUpdatedEvent(log *types.Log) (*ScoreSetterBondUpdated, error) {
	event := "BondUpdated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != scoreSetter.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ScoreSetterBondUpdated)
	if len(log.Data) > 0 {
		if err := scoreSetter.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range scoreSetter.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// ScoreSetterCallbackDelivered represents a CallbackDelivered event raised by the ScoreSetter contract.
type ScoreSetterCallbackDelivered struct {
	Taskid   [32]byte
	Callback common.Address
	Success  bool
	Raw      *types.Log // Blockchain specific contextual infos
}

const ScoreSetterCallbackDeliveredEventName = "CallbackDelivered"

// ContractEventName returns the user-defined event name.
func (ScoreSetterCallbackDelivered) ContractEventName() string {
	return ScoreSetterCallbackDeliveredEventName
}

// UnpackCallbackDeliveredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event CallbackDelivered(bytes32 indexed taskid, address indexed callback, bool success)
func (scoreSetter *ScoreSetter) UnpackCallbackDeliveredEvent(log *types.Log) (*ScoreSetterCallbackDelivered, error) {
	event := "CallbackDelivered"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != scoreSetter.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ScoreSetterCallbackDelivered)
	if len(log.Data) > 0 {
		if err := scoreSetter.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range scoreSetter.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// ScoreSetterCategoryCreated represents a CategoryCreated event raised by the ScoreSetter contract.
type ScoreSetterCategoryCreated struct {
	Id          *big.Int
	Name        string
	Description string
	TimeRef     *big.Int
	Raw         *types.Log // Blockchain specific contextual infos
}

const ScoreSetterCategoryCreatedEventName = "CategoryCreated"

// ContractEventName returns the user-defined event name.
func (ScoreSetterCategoryCreated) ContractEventName() string {
	return ScoreSetterCategoryCreatedEventName
}

// UnpackCategoryCreatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event CategoryCreated(uint256 indexed id, string name, string description, uint256 timeRef)
func (scoreSetter *ScoreSetter) UnpackCategoryCreatedEvent(log *types.Log) (*ScoreSetterCategoryCreated, error) {
	event := "CategoryCreated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != scoreSetter.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ScoreSetterCategoryCreated)
	if len(log.Data) > 0 {
		if err := scoreSetter.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range scoreSetter.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// ScoreSetterDatasetCreated represents a DatasetCreated event raised by the ScoreSetter contract.
type ScoreSetterDatasetCreated struct {
	Dataset  common.Address
	Owner    common.Address
	Name     string
	Uri      string
	Checksum [32]byte
	Raw      *types.Log // Blockchain specific contextual infos
}

const ScoreSetterDatasetCreatedEventName = "DatasetCreated"

// ContractEventName returns the user-defined event name.
func (ScoreSetterDatasetCreated) ContractEventName() string {
	return ScoreSetterDatasetCreatedEventName
}

// UnpackDatasetCreatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event DatasetCreated(address indexed dataset, address indexed owner, string name, string uri, bytes32 checksum)
func (scoreSetter *ScoreSetter) UnpackDatasetCreatedEvent(log *types.Log) (*ScoreSetterDatasetCreated, error) {
	event := "DatasetCreated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != scoreSetter.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ScoreSetterDatasetCreated)
	if len(log.Data) > 0 {
		if err := scoreSetter.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range scoreSetter.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// ScoreSetterDealCreated represents a DealCreated event raised by the ScoreSetter contract.
type ScoreSetterDealCreated struct {
	Dealid      [32]byte
	Workerpool  common.Address
	Requester   common.Address
	App         common.Address
	Dataset     common.Address
	Category    *big.Int
	Trust       *big.Int
	Tag         [32]byte
	Beneficiary common.Address
	Callback    common.Address
	Params      string
	BotFirst    *big.Int
	Volume      *big.Int
	Raw         *types.Log // Blockchain specific contextual infos
}

const ScoreSetterDealCreatedEventName = "DealCreated"

// ContractEventName returns the user-defined event name.
func (ScoreSetterDealCreated) ContractEventName() string {
	return ScoreSetterDealCreatedEventName
}

// UnpackDealCreatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event DealCreated(bytes32 indexed dealid, address indexed workerpool, address indexed requester, address app, address dataset, uint256 category, uint256 trust, bytes32 tag, address beneficiary, address callback, string params, uint256 botFirst, uint256 volume)
func (scoreSetter *ScoreSetter) UnpackDealCreatedEvent(log *types.Log) (*ScoreSetterDealCreated, error) {
	event := "DealCreated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != scoreSetter.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ScoreSetterDealCreated)
	if len(log.Data) > 0 {
		if err := scoreSetter.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range scoreSetter.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// ScoreSetterDeposit represents a Deposit event raised by the ScoreSetter contract.
type ScoreSetterDeposit struct {
	Account common.Address
	Amount  *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const ScoreSetterDepositEventName = "Deposit"

// ContractEventName returns the user-defined event name.
func (ScoreSetterDeposit) ContractEventName() string {
	return ScoreSetterDepositEventName
}

// UnpackDepositEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Deposit(address indexed account, uint256 amount)
func (scoreSetter *ScoreSetter) UnpackDepositEvent(log *types.Log) (*ScoreSetterDeposit, error) {
	event := "Deposit"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != scoreSetter.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ScoreSetterDeposit)
	if len(log.Data) > 0 {
		if err := scoreSetter.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range scoreSetter.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// ScoreSetterOrderCancelled represents a OrderCancelled event raised by the ScoreSetter contract.
type ScoreSetterOrderCancelled struct {
	OrderHash [32]byte
	Owner     common.Address
	Raw       *types.Log // Blockchain specific contextual infos
}

const ScoreSetterOrderCancelledEventName = "OrderCancelled"

// ContractEventName returns the user-defined event name.
func (ScoreSetterOrderCancelled) ContractEventName() string {
	return ScoreSetterOrderCancelledEventName
}

// UnpackOrderCancelledEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event OrderCancelled(bytes32 indexed orderHash, address indexed owner)
func (scoreSetter *ScoreSetter) UnpackOrderCancelledEvent(log *types.Log) (*ScoreSetterOrderCancelled, error) {
	event := "OrderCancelled"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != scoreSetter.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ScoreSetterOrderCancelled)
	if len(log.Data) > 0 {
		if err := scoreSetter.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range scoreSetter.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// ScoreSetterOrderPresigned represents a OrderPresigned event raised by the ScoreSetter contract.
type ScoreSetterOrderPresigned struct {
	OrderHash [32]byte
	Owner     common.Address
	Raw       *types.Log // Blockchain specific contextual infos
}

const ScoreSetterOrderPresignedEventName = "OrderPresigned"

// ContractEventName returns the user-defined event name.
func (ScoreSetterOrderPresigned) ContractEventName() string {
	return ScoreSetterOrderPresignedEventName
}

// UnpackOrderPresignedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event OrderPresigned(bytes32 indexed orderHash, address indexed owner)
func (scoreSetter *ScoreSetter) UnpackOrderPresignedEvent(log *types.Log) (*ScoreSetterOrderPresigned, error) {
	event := "OrderPresigned"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != scoreSetter.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ScoreSetterOrderPresigned)
	if len(log.Data) > 0 {
		if err := scoreSetter.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range scoreSetter.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// ScoreSetterOrdersMatched represents a OrdersMatched event raised by the ScoreSetter contract.
type ScoreSetterOrdersMatched struct {
	Dealid         [32]byte
	AppHash        [32]byte
	DatasetHash    [32]byte
	WorkerpoolHash [32]byte
	RequestHash    [32]byte
	Volume         *big.Int
	Raw            *types.Log // Blockchain specific contextual infos
}

const ScoreSetterOrdersMatchedEventName = "OrdersMatched"

// ContractEventName returns the user-defined event name.
func (ScoreSetterOrdersMatched) ContractEventName() string {
	return ScoreSetterOrdersMatchedEventName
}

// UnpackOrdersMatchedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event OrdersMatched(bytes32 indexed dealid, bytes32 appHash, bytes32 datasetHash, bytes32 workerpoolHash, bytes32 requestHash, uint256 volume)
func (scoreSetter *ScoreSetter) UnpackOrdersMatchedEvent(log *types.Log) (*ScoreSetterOrdersMatched, error) {
	event := "OrdersMatched"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != scoreSetter.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ScoreSetterOrdersMatched)
	if len(log.Data) > 0 {
		if err := scoreSetter.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range scoreSetter.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// ScoreSetterOwnershipTransferred represents a OwnershipTransferred event raised by the ScoreSetter contract.
type ScoreSetterOwnershipTransferred struct {
	PreviousOwner common.Address
	NewOwner      common.Address
	Raw           *types.Log // Blockchain specific contextual infos
}

const ScoreSetterOwnershipTransferredEventName = "OwnershipTransferred"

// ContractEventName returns the user-defined event name.
func (ScoreSetterOwnershipTransferred) ContractEventName() string {
	return ScoreSetterOwnershipTransferredEventName
}

// UnpackOwnershipTransferredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event OwnershipTransferred(address indexed previousOwner, address indexed newOwner)
func (scoreSetter *ScoreSetter) UnpackOwnershipTransferredEvent(log *types.Log) (*ScoreSetterOwnershipTransferred, error) {
	event := "OwnershipTransferred"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != scoreSetter.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ScoreSetterOwnershipTransferred)
	if len(log.Data) > 0 {
		if err := scoreSetter.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range scoreSetter.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// ScoreSetterPotUpdated represents a PotUpdated event raised by the ScoreSetter contract.
type ScoreSetterPotUpdated struct {
	Pot *big.Int
	Raw *types.Log // Blockchain specific contextual infos
}

const ScoreSetterPotUpdatedEventName = "PotUpdated"

// ContractEventName returns the user-defined event name.
func (ScoreSetterPotUpdated) ContractEventName() string {
	return ScoreSetterPotUpdatedEventName
}

// UnpackPotUpdatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event PotUpdated(uint256 pot)
func (scoreSetter *ScoreSetter) UnpackPotUpdatedEvent(log *types.Log) (*ScoreSetterPotUpdated, error) {
	event := "PotUpdated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != scoreSetter.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ScoreSetterPotUpdated)
	if len(log.Data) > 0 {
		if err := scoreSetter.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range scoreSetter.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// ScoreSetterScoreUpdated represents a ScoreUpdated event raised by the ScoreSetter contract.
type ScoreSetterScoreUpdated struct {
	Worker common.Address
	Score  *big.Int
	Raw    *types.Log // Blockchain specific contextual infos
}

const ScoreSetterScoreUpdatedEventName = "ScoreUpdated"

// ContractEventName returns the user-defined event name.
func (ScoreSetterScoreUpdated) ContractEventName() string {
	return ScoreSetterScoreUpdatedEventName
}

// UnpackScoreUpdatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ScoreUpdated(address indexed worker, uint256 score)
func (scoreSetter *ScoreSetter) UnpackScoreUpdatedEvent(log *types.Log) (*ScoreSetterScoreUpdated, error) {
	event := "ScoreUpdated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != scoreSetter.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ScoreSetterScoreUpdated)
	if len(log.Data) > 0 {
		if err := scoreSetter.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range scoreSetter.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// ScoreSetterStakeSeized represents a StakeSeized event raised by the ScoreSetter contract.
type ScoreSetterStakeSeized struct {
	Taskid [32]byte
	Worker common.Address
	Amount *big.Int
	Raw    *types.Log // Blockchain specific contextual infos
}

const ScoreSetterStakeSeizedEventName = "StakeSeized"

// ContractEventName returns the user-defined event name.
func (ScoreSetterStakeSeized) ContractEventName() string {
	return ScoreSetterStakeSeizedEventName
}

// UnpackStakeSeizedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event StakeSeized(bytes32 indexed taskid, address indexed worker, uint256 amount)
func (scoreSetter *ScoreSetter) UnpackStakeSeizedEvent(log *types.Log) (*ScoreSetterStakeSeized, error) {
	event := "StakeSeized"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != scoreSetter.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ScoreSetterStakeSeized)
	if len(log.Data) > 0 {
		if err := scoreSetter.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range scoreSetter.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// ScoreSetterTaskClaimed represents a TaskClaimed event raised by the ScoreSetter contract.
type ScoreSetterTaskClaimed struct {
	Taskid [32]byte
	Raw    *types.Log // Blockchain specific contextual infos
}

const ScoreSetterTaskClaimedEventName = "TaskClaimed"

// ContractEventName returns the user-defined event name.
func (ScoreSetterTaskClaimed) ContractEventName() string {
	return ScoreSetterTaskClaimedEventName
}

// UnpackTaskClaimedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event TaskClaimed(bytes32 indexed taskid)
func (scoreSetter *ScoreSetter) UnpackTaskClaimedEvent(log *types.Log) (*ScoreSetterTaskClaimed, error) {
	event := "TaskClaimed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != scoreSetter.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ScoreSetterTaskClaimed)
	if len(log.Data) > 0 {
		if err := scoreSetter.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range scoreSetter.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// ScoreSetterTaskConsensus represents a TaskConsensus event raised by the ScoreSetter contract.
type ScoreSetterTaskConsensus struct {
	Taskid         [32]byte
	ConsensusValue [32]byte
	Raw            *types.Log // Blockchain specific contextual infos
}

const ScoreSetterTaskConsensusEventName = "TaskConsensus"

// ContractEventName returns the user-defined event name.
func (ScoreSetterTaskConsensus) ContractEventName() string {
	return ScoreSetterTaskConsensusEventName
}

// UnpackTaskConsensusEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event TaskConsensus(bytes32 indexed taskid, bytes32 consensusValue)
func (scoreSetter *ScoreSetter) UnpackTaskConsensusEvent(log *types.Log) (*ScoreSetterTaskConsensus, error) {
	event := "TaskConsensus"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != scoreSetter.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ScoreSetterTaskConsensus)
	if len(log.Data) > 0 {
		if err := scoreSetter.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range scoreSetter.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// ScoreSetterTaskContribute represents a TaskContribute event raised by the ScoreSetter contract.
type ScoreSetterTaskContribute struct {
	Taskid     [32]byte
	Worker     common.Address
	ResultHash [32]byte
	Raw        *types.Log // Blockchain specific contextual infos
}

const ScoreSetterTaskContributeEventName = "TaskContribute"

// ContractEventName returns the user-defined event name.
func (ScoreSetterTaskContribute) ContractEventName() string {
	return ScoreSetterTaskContributeEventName
}

// UnpackTaskContributeEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event TaskContribute(bytes32 indexed taskid, address indexed worker, bytes32 resultHash)
func (scoreSetter *ScoreSetter) UnpackTaskContributeEvent(log *types.Log) (*ScoreSetterTaskContribute, error) {
	event := "TaskContribute"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != scoreSetter.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ScoreSetterTaskContribute)
	if len(log.Data) > 0 {
		if err := scoreSetter.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range scoreSetter.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// ScoreSetterTaskFinalize represents a TaskFinalize event raised by the ScoreSetter contract.
type ScoreSetterTaskFinalize struct {
	Taskid  [32]byte
	Results []byte
	Raw     *types.Log // Blockchain specific contextual infos
}

const ScoreSetterTaskFinalizeEventName = "TaskFinalize"

// ContractEventName returns the user-defined event name.
func (ScoreSetterTaskFinalize) ContractEventName() string {
	return ScoreSetterTaskFinalizeEventName
}

// UnpackTaskFinalizeEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event TaskFinalize(bytes32 indexed taskid, bytes results)
func (scoreSetter *ScoreSetter) UnpackTaskFinalizeEvent(log *types.Log) (*ScoreSetterTaskFinalize, error) {
	event := "TaskFinalize"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != scoreSetter.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ScoreSetterTaskFinalize)
	if len(log.Data) > 0 {
		if err := scoreSetter.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range scoreSetter.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// ScoreSetterTaskInitialize represents a TaskInitialize event raised by the ScoreSetter contract.
type ScoreSetterTaskInitialize struct {
	Taskid [32]byte
	Dealid [32]byte
	Idx    *big.Int
	Raw    *types.Log // Blockchain specific contextual infos
}

const ScoreSetterTaskInitializeEventName = "TaskInitialize"

// ContractEventName returns the user-defined event name.
func (ScoreSetterTaskInitialize) ContractEventName() string {
	return ScoreSetterTaskInitializeEventName
}

// UnpackTaskInitializeEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event TaskInitialize(bytes32 indexed taskid, bytes32 indexed dealid, uint256 idx)
func (scoreSetter *ScoreSetter) UnpackTaskInitializeEvent(log *types.Log) (*ScoreSetterTaskInitialize, error) {
	event := "TaskInitialize"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != scoreSetter.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ScoreSetterTaskInitialize)
	if len(log.Data) > 0 {
		if err := scoreSetter.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range scoreSetter.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// ScoreSetterTaskReopen represents a TaskReopen event raised by the ScoreSetter contract.
type ScoreSetterTaskReopen struct {
	Taskid [32]byte
	Raw    *types.Log // Blockchain specific contextual infos
}

const ScoreSetterTaskReopenEventName = "TaskReopen"

// ContractEventName returns the user-defined event name.
func (ScoreSetterTaskReopen) ContractEventName() string {
	return ScoreSetterTaskReopenEventName
}

// UnpackTaskReopenEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event TaskReopen(bytes32 indexed taskid)
func (scoreSetter *ScoreSetter) UnpackTaskReopenEvent(log *types.Log) (*ScoreSetterTaskReopen, error) {
	event := "TaskReopen"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != scoreSetter.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ScoreSetterTaskReopen)
	if len(log.Data) > 0 {
		if err := scoreSetter.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range scoreSetter.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// ScoreSetterTaskReveal represents a TaskReveal event raised by the ScoreSetter contract.
type ScoreSetterTaskReveal struct {
	Taskid [32]byte
	Worker common.Address
	Digest [32]byte
	Raw    *types.Log // Blockchain specific contextual infos
}

const ScoreSetterTaskRevealEventName = "TaskReveal"

// ContractEventName returns the user-defined event name.
func (ScoreSetterTaskReveal) ContractEventName() string {
	return ScoreSetterTaskRevealEventName
}

// UnpackTaskRevealEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event TaskReveal(bytes32 indexed taskid, address indexed worker, bytes32 digest)
func (scoreSetter *ScoreSetter) UnpackTaskRevealEvent(log *types.Log) (*ScoreSetterTaskReveal, error) {
	event := "TaskReveal"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != scoreSetter.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ScoreSetterTaskReveal)
	if len(log.Data) > 0 {
		if err := scoreSetter.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range scoreSetter.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// ScoreSetterTaskSettled represents a TaskSettled event raised by the ScoreSetter contract.
type ScoreSetterTaskSettled struct {
	Taskid  [32]byte
	Digest  [32]byte
	Results []byte
	Raw     *types.Log // Blockchain specific contextual infos
}

const ScoreSetterTaskSettledEventName = "TaskSettled"

// ContractEventName returns the user-defined event name.
func (ScoreSetterTaskSettled) ContractEventName() string {
	return ScoreSetterTaskSettledEventName
}

// UnpackTaskSettledEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event TaskSettled(bytes32 indexed taskid, bytes32 digest, bytes results)
func (scoreSetter *ScoreSetter) UnpackTaskSettledEvent(log *types.Log) (*ScoreSetterTaskSettled, error) {
	event := "TaskSettled"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != scoreSetter.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ScoreSetterTaskSettled)
	if len(log.Data) > 0 {
		if err := scoreSetter.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range scoreSetter.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// ScoreSetterWithdraw represents a Withdraw event raised by the ScoreSetter contract.
type ScoreSetterWithdraw struct {
	Account common.Address
	Amount  *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const ScoreSetterWithdrawEventName = "Withdraw"

// ContractEventName returns the user-defined event name.
func (ScoreSetterWithdraw) ContractEventName() string {
	return ScoreSetterWithdrawEventName
}

// UnpackWithdrawEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Withdraw(address indexed account, uint256 amount)
func (scoreSetter *ScoreSetter) UnpackWithdrawEvent(log *types.Log) (*ScoreSetterWithdraw, error) {
	event := "Withdraw"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != scoreSetter.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ScoreSetterWithdraw)
	if len(log.Data) > 0 {
		if err := scoreSetter.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range scoreSetter.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// ScoreSetterWorkerpoolCreated represents a WorkerpoolCreated event raised by the ScoreSetter contract.
type ScoreSetterWorkerpoolCreated struct {
	Workerpool           common.Address
	Owner                common.Address
	Description          string
	WorkerStakeRatio     *big.Int
	SchedulerRewardRatio *big.Int
	Raw                  *types.Log // Blockchain specific contextual infos
}

const ScoreSetterWorkerpoolCreatedEventName = "WorkerpoolCreated"

// ContractEventName returns the user-defined event name.
func (ScoreSetterWorkerpoolCreated) ContractEventName() string {
	return ScoreSetterWorkerpoolCreatedEventName
}

// UnpackWorkerpoolCreatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event WorkerpoolCreated(address indexed workerpool, address indexed owner, string description, uint256 workerStakeRatio, uint256 schedulerRewardRatio)
func (scoreSetter *ScoreSetter) UnpackWorkerpoolCreatedEvent(log *types.Log) (*ScoreSetterWorkerpoolCreated, error) {
	event := "WorkerpoolCreated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != scoreSetter.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ScoreSetterWorkerpoolCreated)
	if len(log.Data) > 0 {
		if err := scoreSetter.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range scoreSetter.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// ScoreSetterWorkerpoolPolicyUpdated represents a WorkerpoolPolicyUpdated event raised by the ScoreSetter contract.
type ScoreSetterWorkerpoolPolicyUpdated struct {
	Workerpool           common.Address
	WorkerStakeRatio     *big.Int
	SchedulerRewardRatio *big.Int
	Raw                  *types.Log // Blockchain specific contextual infos
}

const ScoreSetterWorkerpoolPolicyUpdatedEventName = "WorkerpoolPolicyUpdated"

// ContractEventName returns the user-defined event name.
func (ScoreSetterWorkerpoolPolicyUpdated) ContractEventName() string {
	return ScoreSetterWorkerpoolPolicyUpdatedEventName
}

// UnpackWorkerpoolPolicyUpdatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event WorkerpoolPolicyUpdated(address indexed workerpool, uint256 workerStakeRatio, uint256 schedulerRewardRatio)
func (scoreSetter *ScoreSetter) UnpackWorkerpoolPolicyUpdatedEvent(log *types.Log) (*ScoreSetterWorkerpoolPolicyUpdated, error) {
	event := "WorkerpoolPolicyUpdated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != scoreSetter.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ScoreSetterWorkerpoolPolicyUpdated)
	if len(log.Data) > 0 {
		if err := scoreSetter.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range scoreSetter.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// TokenMetaData contains all meta data concerning the Token contract.
var TokenMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"Approval\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"Transfer\",\"type\":\"event\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"allowance\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"approve\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"balanceOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"decimals\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"mint\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"name\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"owner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"symbol\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalSupply\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"transfer\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"transferFrom\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "e088a626a73b4fb3e5cfedc7300173fac8",
	Bin: "0x60808060405234602757600180546001600160a01b03191633179055610668908161002c8239f35b5f80fdfe60806040526004361015610011575f80fd5b5f3560e01c806306fdde0314610493578063095ea7b31461041a57806318160ddd146103fe57806323b872dd1461030d578063313ce567146102f257806340c10f19146101de57806370a08231146101a65780638da5cb5b1461017e57806395d89b4114610117578063a9059cbb146100e65763dd62ed3e14610092575f80fd5b346100e25760403660031901126100e2576100ab61050b565b6100b3610521565b6001600160a01b039182165f908152600360209081526040808320949093168252928352819020549051908152f35b5f80fd5b346100e25760403660031901126100e25761010c61010261050b565b6024359033610544565b602060405160018152f35b346100e2575f3660031901126100e257604051604081019080821067ffffffffffffffff83111761016a5761016691604052600481526344524c4360e01b6020820152604051918291826104e1565b0390f35b634e487b7160e01b5f52604160045260245ffd5b346100e2575f3660031901126100e2576001546040516001600160a01b039091168152602090f35b346100e25760203660031901126100e2576001600160a01b036101c761050b565b165f526002602052602060405f2054604051908152f35b346100e25760403660031901126100e2576101f761050b565b60015460243591906001600160a01b031633036102b6576001600160a01b0316908115610271577fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef60208261024e5f948554610537565b84558484526002825260408420610266828254610537565b9055604051908152a3005b60405162461bcd60e51b815260206004820152601f60248201527f746f6b656e3a206d696e7420746f20746865207a65726f2061646472657373006044820152606490fd5b60405162461bcd60e51b81526020600482015260146024820152733a37b5b2b71d103737ba103a34329037bbb732b960611b6044820152606490fd5b346100e2575f3660031901126100e257602060405160098152f35b346100e25760603660031901126100e25761032661050b565b61032e610521565b6001600160a01b0382165f818152600360209081526040808320338452909152902054909260443592916001810161036c575b5061010c9350610544565b8381106103b9578381039081116103a55761010c945f52600360205260405f2060018060a01b0333165f5260205260405f205584610361565b634e487b7160e01b5f52601160045260245ffd5b60405162461bcd60e51b815260206004820152601860248201527f746f6b656e3a20616c6c6f77616e636520746f6f206c6f7700000000000000006044820152606490fd5b346100e2575f3660031901126100e25760205f54604051908152f35b346100e25760403660031901126100e25761043361050b565b335f8181526003602090815260408083206001600160a01b03909516808452948252918290206024359081905591519182527f8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b92591a3602060405160018152f35b346100e2575f3660031901126100e257604051604081019080821067ffffffffffffffff83111761016a5761016691604052600781526644657620524c4360c81b6020820152604051918291825b602060409281835280519182918282860152018484015e5f828201840152601f01601f1916010190565b600435906001600160a01b03821682036100e257565b602435906001600160a01b03821682036100e257565b919082018092116103a557565b6001600160a01b039091169190821561060a576001600160a01b03165f818152600260205260409020549091908181106105cc57817fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef92602092855f52600284520360405f2055845f526002825260405f206105c1828254610537565b9055604051908152a3565b60405162461bcd60e51b8152602060048201526016602482015275746f6b656e3a2062616c616e636520746f6f206c6f7760501b6044820152606490fd5b60405162461bcd60e51b815260206004820152602360248201527f746f6b656e3a207472616e7366657220746f20746865207a65726f206164647260448201526265737360e81b6064820152608490fdfea164736f6c6343000825000a",
}

// Token is an auto generated Go binding around an Ethereum contract.
type Token struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *Token) GetABI() abi.ABI {
	return c.abi
}

// NewToken creates a new instance of Token.
func NewToken() *Token {
	parsed, err := TokenMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &Token{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *Token) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackAllowance is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdd62ed3e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function allowance(address , address ) view returns(uint256)
func (token *Token) PackAllowance(arg0 common.Address, arg1 common.Address) []byte {
	enc, err := token.abi.Pack("allowance", arg0, arg1)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAllowance is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdd62ed3e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function allowance(address , address ) view returns(uint256)
func (token *Token) TryPackAllowance(arg0 common.Address, arg1 common.Address) ([]byte, error) {
	return token.abi.Pack("allowance", arg0, arg1)
}

// UnpackAllowance is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xdd62ed3e.
//
// Solidity: function allowance(address , address ) view returns(uint256)
func (token *Token) UnpackAllowance(data []byte) (*big.Int, error) {
	out, err := token.abi.Unpack("allowance", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackApprove is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x095ea7b3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function approve(address spender, uint256 amount) returns(bool)
func (token *Token) PackApprove(spender common.Address, amount *big.Int) []byte {
	enc, err := token.abi.Pack("approve", spender, amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackApprove is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x095ea7b3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function approve(address spender, uint256 amount) returns(bool)
func (token *Token) TryPackApprove(spender common.Address, amount *big.Int) ([]byte, error) {
	return token.abi.Pack("approve", spender, amount)
}

// UnpackApprove is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x095ea7b3.
//
// Solidity: function approve(address spender, uint256 amount) returns(bool)
func (token *Token) UnpackApprove(data []byte) (bool, error) {
	out, err := token.abi.Unpack("approve", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackBalanceOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x70a08231.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function balanceOf(address ) view returns(uint256)
func (token *Token) PackBalanceOf(arg0 common.Address) []byte {
	enc, err := token.abi.Pack("balanceOf", arg0)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBalanceOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x70a08231.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function balanceOf(address ) view returns(uint256)
func (token *Token) TryPackBalanceOf(arg0 common.Address) ([]byte, error) {
	return token.abi.Pack("balanceOf", arg0)
}

// UnpackBalanceOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x70a08231.
//
// Solidity: function balanceOf(address ) view returns(uint256)
func (token *Token) UnpackBalanceOf(data []byte) (*big.Int, error) {
	out, err := token.abi.Unpack("balanceOf", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackDecimals is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x313ce567.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function decimals() view returns(uint8)
func (token *Token) PackDecimals() []byte {
	enc, err := token.abi.Pack("decimals")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDecimals is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x313ce567.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function decimals() view returns(uint8)
func (token *Token) TryPackDecimals() ([]byte, error) {
	return token.abi.Pack("decimals")
}

// UnpackDecimals is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x313ce567.
//
// Solidity: function decimals() view returns(uint8)
func (token *Token) UnpackDecimals(data []byte) (uint8, error) {
	out, err := token.abi.Unpack("decimals", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackMint is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x40c10f19.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function mint(address to, uint256 amount) returns()
func (token *Token) PackMint(to common.Address, amount *big.Int) []byte {
	enc, err := token.abi.Pack("mint", to, amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMint is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x40c10f19.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function mint(address to, uint256 amount) returns()
func (token *Token) TryPackMint(to common.Address, amount *big.Int) ([]byte, error) {
	return token.abi.Pack("mint", to, amount)
}

// PackName is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06fdde03.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function name() view returns(string)
func (token *Token) PackName() []byte {
	enc, err := token.abi.Pack("name")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackName is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06fdde03.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function name() view returns(string)
func (token *Token) TryPackName() ([]byte, error) {
	return token.abi.Pack("name")
}

// UnpackName is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x06fdde03.
//
// Solidity: function name() view returns(string)
func (token *Token) UnpackName(data []byte) (string, error) {
	out, err := token.abi.Unpack("name", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8da5cb5b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function owner() view returns(address)
func (token *Token) PackOwner() []byte {
	enc, err := token.abi.Pack("owner")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8da5cb5b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function owner() view returns(address)
func (token *Token) TryPackOwner() ([]byte, error) {
	return token.abi.Pack("owner")
}

// UnpackOwner is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (token *Token) UnpackOwner(data []byte) (common.Address, error) {
	out, err := token.abi.Unpack("owner", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackSymbol is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x95d89b41.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function symbol() view returns(string)
func (token *Token) PackSymbol() []byte {
	enc, err := token.abi.Pack("symbol")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSymbol is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x95d89b41.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function symbol() view returns(string)
func (token *Token) TryPackSymbol() ([]byte, error) {
	return token.abi.Pack("symbol")
}

// UnpackSymbol is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x95d89b41.
//
// Solidity: function symbol() view returns(string)
func (token *Token) UnpackSymbol(data []byte) (string, error) {
	out, err := token.abi.Unpack("symbol", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackTotalSupply is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x18160ddd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function totalSupply() view returns(uint256)
func (token *Token) PackTotalSupply() []byte {
	enc, err := token.abi.Pack("totalSupply")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTotalSupply is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x18160ddd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function totalSupply() view returns(uint256)
func (token *Token) TryPackTotalSupply() ([]byte, error) {
	return token.abi.Pack("totalSupply")
}

// UnpackTotalSupply is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x18160ddd.
//
// Solidity: function totalSupply() view returns(uint256)
func (token *Token) UnpackTotalSupply(data []byte) (*big.Int, error) {
	out, err := token.abi.Unpack("totalSupply", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackTransfer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa9059cbb.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transfer(address to, uint256 amount) returns(bool)
func (token *Token) PackTransfer(to common.Address, amount *big.Int) []byte {
	enc, err := token.abi.Pack("transfer", to, amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTransfer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa9059cbb.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function transfer(address to, uint256 amount) returns(bool)
func (token *Token) TryPackTransfer(to common.Address, amount *big.Int) ([]byte, error) {
	return token.abi.Pack("transfer", to, amount)
}

// UnpackTransfer is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa9059cbb.
//
// Solidity: function transfer(address to, uint256 amount) returns(bool)
func (token *Token) UnpackTransfer(data []byte) (bool, error) {
	out, err := token.abi.Unpack("transfer", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackTransferFrom is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x23b872dd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transferFrom(address from, address to, uint256 amount) returns(bool)
func (token *Token) PackTransferFrom(from common.Address, to common.Address, amount *big.Int) []byte {
	enc, err := token.abi.Pack("transferFrom", from, to, amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTransferFrom is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x23b872dd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function transferFrom(address from, address to, uint256 amount) returns(bool)
func (token *Token) TryPackTransferFrom(from common.Address, to common.Address, amount *big.Int) ([]byte, error) {
	return token.abi.Pack("transferFrom", from, to, amount)
}

// UnpackTransferFrom is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x23b872dd.
//
// Solidity: function transferFrom(address from, address to, uint256 amount) returns(bool)
func (token *Token) UnpackTransferFrom(data []byte) (bool, error) {
	out, err := token.abi.Unpack("transferFrom", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// TokenApproval represents a Approval event raised by the Token contract.
type TokenApproval struct {
	Owner   common.Address
	Spender common.Address
	Value   *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const TokenApprovalEventName = "Approval"

// ContractEventName returns the user-defined event name.
func (TokenApproval) ContractEventName() string {
	return TokenApprovalEventName
}

// UnpackApprovalEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Approval(address indexed owner, address indexed spender, uint256 value)
func (token *Token) UnpackApprovalEvent(log *types.Log) (*TokenApproval, error) {
	event := "Approval"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != token.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(TokenApproval)
	if len(log.Data) > 0 {
		if err := token.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range token.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// TokenTransfer represents a Transfer event raised by the Token contract.
type TokenTransfer struct {
	From  common.Address
	To    common.Address
	Value *big.Int
	Raw   *types.Log // Blockchain specific contextual infos
}

const TokenTransferEventName = "Transfer"

// ContractEventName returns the user-defined event name.
func (TokenTransfer) ContractEventName() string {
	return TokenTransferEventName
}

// UnpackTransferEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Transfer(address indexed from, address indexed to, uint256 value)
func (token *Token) UnpackTransferEvent(log *types.Log) (*TokenTransfer, error) {
	event := "Transfer"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != token.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(TokenTransfer)
	if len(log.Data) > 0 {
		if err := token.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range token.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}
